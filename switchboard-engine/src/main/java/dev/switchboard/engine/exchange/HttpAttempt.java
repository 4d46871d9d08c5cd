package dev.switchboard.engine.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.engine.config.TimeoutsConfig;
import dev.switchboard.engine.credential.Candidate;
import dev.switchboard.engine.provider.HttpProvider;
import dev.switchboard.engine.provider.UpstreamFailure;
import dev.switchboard.engine.upstream.BoundedBody;
import dev.switchboard.engine.upstream.UpstreamClient;
import dev.switchboard.engine.upstream.UpstreamRequest;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.ResponseSkim;
import dev.switchboard.translate.Translator;
import dev.switchboard.translate.Translators;
import dev.switchboard.translate.canonical.ApiError;
import dev.switchboard.translate.canonical.ChatRequest;
import dev.switchboard.translate.canonical.ChatResponse;
import dev.switchboard.translate.canonical.ErrorType;
import dev.switchboard.translate.canonical.Usage;
import dev.switchboard.translate.format.ResponseDecoder;
import dev.switchboard.translate.format.TranslationException;
import dev.switchboard.engine.provider.UpstreamAnswer;
import dev.switchboard.engine.resilience.HealthGate;
import io.vertx.core.Future;
import java.util.Locale;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * One attempt over HTTP: encodes the request for the provider's format (identity when it is the
 * client's), sends it with the credential, and turns the answer into the client's format, or an
 * {@link UpstreamFailure} carrying the upstream's error for the attempt loop to judge.
 */
final class HttpAttempt {

  private final Exchange exchange;
  private final HttpProvider provider;
  private final Candidate candidate;
  private final TimeoutsConfig timeouts;
  private final Translator translator;
  private final HealthGate health;
  private HttpClientRequest live;

  HttpAttempt(Exchange exchange, HttpProvider provider, Candidate candidate, GatewayState state) {
    this.exchange = exchange;
    this.provider = provider;
    this.candidate = candidate;
    this.timeouts = state.config().routing().timeouts().overriddenBy(provider.config().timeouts());
    this.translator = Translators.between(exchange.inbound(), provider.format());
    this.health = state.health();
  }

  Future<Outcome> run(UpstreamClient client, ClientChannel channel, long keepaliveMillis) {
    ChatRequest request = exchange.request().withModel(candidate.target().upstreamModel());
    byte[] body;
    try {
      body = translator.upstreamBody(exchange.body(), exchange.rawBody(), request);
    } catch (TranslationException e) {
      return Future.failedFuture(new UpstreamFailure(e.error()));
    }
    HttpProvider.Mode mode = request.streaming() ? HttpProvider.Mode.STREAM : HttpProvider.Mode.COMPLETE;
    UpstreamRequest up = new UpstreamRequest(provider.url(request.model(), mode), headers(mode),
        Buffer.buffer(body), mode == HttpProvider.Mode.STREAM ? timeouts.withoutIdle() : timeouts);
    if (mode == HttpProvider.Mode.COMPLETE) {
      channel.closeHandler(() -> {
        if (live != null) {
          live.reset();
        }
      });
    }
    return client.send(up, provider.config().proxyUrl(), r -> live = r).compose(resp -> {
      Map<String, String> headers = lowerCase(resp);
      health.observe(candidate, headers);
      if (resp.statusCode() / 100 != 2) {
        return BoundedBody.head(resp, live, BoundedBody.MAX_ERROR)
            .compose(b -> Future.failedFuture(upstreamError(resp.statusCode(), headers, b)));
      }
      if (mode == HttpProvider.Mode.STREAM) {
        return new HttpStream(exchange, translator, channel, client.vertx())
            .pump(resp, live, keepaliveMillis, timeouts.idle());
      }
      return BoundedBody.read(resp, live, BoundedBody.MAX_ANSWER).map(this::complete);
    });
  }

  private Map<String, String> headers(HttpProvider.Mode mode) {
    Map<String, String> h = new HashMap<>(provider.config().headers());
    h.put("content-type", "application/json");
    h.put("accept", mode == HttpProvider.Mode.STREAM ? "text/event-stream" : "application/json");
    provider.authorize(h, candidate.credential(), exchange.clientHeaders());
    return h;
  }

  private Outcome complete(Buffer body) {
    byte[] bytes = body.getBytes();
    if (translator.identity()) {
      Usage usage = skimmedUsage(bytes);
      if (usage != null) {
        exchange.markFirstByte();
        exchange.usage(usage);
        return new Outcome.Json(200, bytes);
      }
    }
    JsonNode json;
    try {
      json = Json.parse(bytes);
    } catch (IOException e) {
      throw new UpstreamFailure(new ApiError(502, ErrorType.BAD_GATEWAY, "upstream answered with a body that is not JSON"));
    }
    ChatResponse decoded;
    try {
      decoded = translator.upstream().responseDecoder().decode(json);
    } catch (TranslationException e) {
      if (!translator.identity()) {
        throw new UpstreamFailure(new ApiError(502, ErrorType.BAD_GATEWAY,
            "upstream answer could not be read: " + e.getMessage()));
      }
      decoded = null;
    }
    exchange.markFirstByte();
    if (decoded != null) {
      exchange.appendOutput(decoded);
      exchange.usage(decoded.usage());
    }
    if (translator.identity()) {
      return new Outcome.Json(200, bytes);
    }
    return new Outcome.Json(200, translator.inbound().responseEncoder().encode(decoded));
  }

  /**
   * The usage of an answer that passes through unchanged, read without decoding the rest of it;
   * null when it reports none or cannot be read that way (the full decode then decides).
   */
  private Usage skimmedUsage(byte[] bytes) {
    ResponseDecoder decoder = translator.upstream().responseDecoder();
    try {
      return decoder.usage(ResponseSkim.of(bytes, decoder.usageFields()));
    } catch (IOException | TranslationException e) {
      return null;
    }
  }

  /** The upstream's error, classified by its provider type (kind and requested wait). */
  private UpstreamFailure upstreamError(int status, Map<String, String> headers, Buffer body) {
    String raw = body.toString();
    ApiError decoded = translator.upstream().errors().decode(status, Json.parseOrNull(raw));
    ApiError error = new ApiError(status, decoded.type(), decoded.message(), decoded.param(), decoded.code());
    UpstreamAnswer answer = new UpstreamAnswer(status, headers, error, raw, health.clock().instant());
    return new UpstreamFailure(error, provider.classify(answer), provider.retryAfter(answer).orElse(null));
  }

  private static Map<String, String> lowerCase(HttpClientResponse resp) {
    Map<String, String> h = new HashMap<>();
    resp.headers().forEach(e -> h.putIfAbsent(e.getKey().toLowerCase(Locale.ROOT), e.getValue()));
    return h;
  }
}
