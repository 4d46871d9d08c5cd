package dev.switchboard.server.http.inbound;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.engine.exchange.Gateway;
import dev.switchboard.engine.tokens.TokenEstimator;
import dev.switchboard.server.http.CallerAuth;
import dev.switchboard.server.http.ErrorRenderer;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.Translators;
import dev.switchboard.translate.canonical.ApiError;
import dev.switchboard.translate.canonical.ChatRequest;
import dev.switchboard.translate.format.Format;
import dev.switchboard.translate.format.TranslationException;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;

/**
 * {@code POST /v1/messages/count_tokens} (Anthropic: {@code {"input_tokens": N}}) and
 * {@code POST /v1beta/models/{model}:countTokens} (Gemini: {@code {"totalTokens": N}}). The count
 * is the gateway's own estimate of the prompt (cl100k tokenizer over the canonical request: messages,
 * system prompt, tools, a fixed cost per image), the same figure token limits reserve; it can differ
 * from a vendor's own tokenizer by a few percent.
 */
public final class CountTokensHandler implements Handler<RoutingContext> {

  private final Gateway gateway;
  private final Format format;
  private final TokenEstimator tokens;

  public CountTokensHandler(Gateway gateway, Format format, TokenEstimator tokens) {
    this.gateway = gateway;
    this.format = format;
    this.tokens = tokens;
  }

  @Override
  public void handle(RoutingContext ctx) {
    if (CallerAuth.authenticate(ctx, format, gateway.state().keys()) == null) {
      return;
    }
    ObjectNode body = parse(ctx);
    if (body == null) {
      return;
    }
    ChatRequest request;
    try {
      request = Translators.codecs(format).requestDecoder().decode(body);
    } catch (TranslationException e) {
      ErrorRenderer.render(ctx.response(), format, e.error());
      return;
    }
    long count = tokens.estimateInput(request);
    ObjectNode answer = format == Format.GEMINI ? Json.object().put("totalTokens", count)
        : Json.object().put("input_tokens", count);
    ctx.response().putHeader("content-type", "application/json").end(Buffer.buffer(Json.writeBytes(answer)));
  }

  /** The body as a request of the endpoint's format (count requests omit what generation requires). */
  private ObjectNode parse(RoutingContext ctx) {
    Buffer raw = ctx.body().buffer();
    JsonNode node = null;
    try {
      node = raw == null || raw.length() == 0 ? null : Json.parse(raw.getBytes());
    } catch (IOException e) {
      node = null;
    }
    if (!(node instanceof ObjectNode obj)) {
      ErrorRenderer.render(ctx.response(), format, ApiError.invalidRequest("the request body must be a JSON object"));
      return null;
    }
    if (format == Format.GEMINI) {
      JsonNode wrapped = obj.get("generateContentRequest");
      return wrapped instanceof ObjectNode w ? w : obj;
    }
    if (!obj.has("max_tokens")) {
      obj.put("max_tokens", 1);
    }
    return obj;
  }
}
