package dev.switchboard.server.http.inbound;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.engine.access.Caller;
import dev.switchboard.engine.exchange.Exchange;
import dev.switchboard.engine.exchange.ExchangeAccounting;
import dev.switchboard.engine.exchange.Gateway;
import dev.switchboard.engine.exchange.GatewayState;
import dev.switchboard.engine.exchange.Outcome;
import dev.switchboard.engine.limit.Admission;
import dev.switchboard.server.http.CallerAuth;
import dev.switchboard.server.http.ErrorRenderer;
import dev.switchboard.server.http.RouteFormat;
import dev.switchboard.server.http.stream.SseChannel;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.Translators;
import dev.switchboard.translate.canonical.ApiError;
import dev.switchboard.translate.canonical.ChatRequest;
import dev.switchboard.translate.canonical.ErrorType;
import dev.switchboard.translate.format.Format;
import dev.switchboard.translate.format.TranslationException;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The work every generation endpoint shares: authenticate the client key, parse and decode the
 * body in the endpoint's format, hand the exchange to the engine, and answer (JSON, stream or an
 * error in the client's format, with request-id and debug headers).
 */
public final class ExchangeRunner {

  /** Client headers the engine may pass on to a provider of the same family. */
  private static final String[] FORWARDED = {"anthropic-version", "anthropic-beta", "openai-beta"};

  private final Gateway gateway;
  private final ExchangeAccounting accounting;

  public ExchangeRunner(Gateway gateway, ExchangeAccounting accounting) {
    this.gateway = gateway;
    this.accounting = accounting;
  }

  public void serve(RoutingContext ctx, Format format, RequestShaper shaper) {
    HttpServerRequest req = ctx.request();
    Caller caller = CallerAuth.authenticate(ctx, format, gateway.state().keys());
    if (caller == null) {
      return;
    }
    byte[] raw = rawBody(ctx, format);
    if (raw == null) {
      return;
    }
    ObjectNode body = parse(ctx, format, raw);
    if (body == null) {
      return;
    }
    ChatRequest request;
    try {
      request = shaper.shape(Translators.codecs(format).requestDecoder().decode(body), ctx);
    } catch (TranslationException e) {
      ErrorRenderer.render(ctx.response(), format, e.error());
      return;
    }
    Exchange exchange = new Exchange(new Exchange.Inbound(RouteFormat.requestId(ctx), format, body, raw, forwarded(req)),
        request, caller);
    GatewayState state = gateway.state();
    HttpServerResponse resp = ctx.response();
    Admission admission = accounting.admit(exchange, state);
    admission.status().headers().forEach(resp::putHeader);
    if (admission instanceof Admission.Rejected rejected) {
      accounting.rejected(exchange, rejected);
      resp.putHeader("retry-after", Long.toString(rejected.retryAfterSeconds()));
      ErrorRenderer.render(resp, format, new ApiError(429, ErrorType.RATE_LIMIT, rejected.message(), null,
          "rate_limit_exceeded"));
      return;
    }
    boolean debug = "true".equalsIgnoreCase(req.getHeader("x-debug"));
    SseChannel channel = new SseChannel(resp, r -> debugHeaders(r, exchange, debug));
    gateway.handle(exchange, channel).onComplete(ar -> {
      Outcome outcome = ar.succeeded() ? ar.result()
          : new Outcome.Failed(new ApiError(502, ErrorType.BAD_GATEWAY, "the request could not be served"));
      accounting.settle(exchange, outcome, (Admission.Admitted) admission, state);
      answer(resp, exchange, outcome, debug);
    });
  }

  private static byte[] rawBody(RoutingContext ctx, Format format) {
    Buffer raw = ctx.body().buffer();
    if (raw == null || raw.length() == 0) {
      ErrorRenderer.render(ctx.response(), format, ApiError.invalidRequest("the request body is empty: send a JSON object"));
      return null;
    }
    return raw.getBytes();
  }

  private static ObjectNode parse(RoutingContext ctx, Format format, byte[] raw) {
    JsonNode node;
    try {
      node = Json.parseRequest(raw);
    } catch (IOException e) {
      ErrorRenderer.render(ctx.response(), format, ApiError.invalidRequest(
          "the request body is not valid JSON: " + firstLine(e.getMessage())));
      return null;
    }
    if (!(node instanceof ObjectNode obj)) {
      ErrorRenderer.render(ctx.response(), format, ApiError.invalidRequest("the request body must be a JSON object"));
      return null;
    }
    return obj;
  }

  private void answer(HttpServerResponse resp, Exchange exchange, Outcome outcome, boolean debug) {
    if (outcome instanceof Outcome.Json json) {
      if (resp.closed()) {
        return;
      }
      debugHeaders(resp, exchange, debug);
      resp.setStatusCode(json.status()).putHeader("content-type", "application/json")
          .end(Buffer.buffer(json.body()));
    } else if (outcome instanceof Outcome.Failed failed) {
      if (!resp.headWritten()) {
        debugHeaders(resp, exchange, debug);
      }
      ErrorRenderer.render(resp, exchange.inbound(), failed.error());
    }
  }

  private static void debugHeaders(HttpServerResponse resp, Exchange exchange, boolean debug) {
    if (!debug) {
      return;
    }
    resp.putHeader("x-debug-attempts", Integer.toString(exchange.attemptsBegun()));
    if (exchange.currentProvider() != null) {
      resp.putHeader("x-debug-provider", exchange.currentProvider());
      resp.putHeader("x-debug-model", exchange.currentModel());
    }
  }

  private static Map<String, String> forwarded(HttpServerRequest req) {
    Map<String, String> out = new HashMap<>(4);
    for (String name : FORWARDED) {
      String v = req.getHeader(name);
      if (v != null) {
        out.put(name, v);
      }
    }
    return out;
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "parse error";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
