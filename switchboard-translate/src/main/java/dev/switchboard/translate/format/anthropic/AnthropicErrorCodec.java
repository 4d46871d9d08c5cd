package dev.switchboard.translate.format.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.ApiError;
import dev.switchboard.translate.canonical.ErrorType;
import dev.switchboard.translate.format.ErrorCodec;

/**
 * Anthropic error bodies: {@code {"type":"error","error":{"type","message"}}} (wire-formats.md §10).
 * Decoding keeps the upstream status; Anthropic's 529 {@code overloaded_error} stays 529 (its SDKs
 * know it) and means {@link ErrorType#OVERLOADED}.
 */
public final class AnthropicErrorCodec implements ErrorCodec {

  @Override
  public ObjectNode encode(ApiError error) {
    ObjectNode inner = Json.object();
    inner.put("type", AnthropicErrorType.of(error.type()).wire());
    inner.put("message", error.message() == null ? "" : error.message());
    ObjectNode body = Json.object();
    body.put("type", "error");
    body.set("error", inner);
    return body;
  }

  @Override
  public ApiError decode(int status, JsonNode body) {
    JsonNode inner = body == null ? null : body.get("error");
    String typeText = inner == null ? null : inner.path("type").textValue();
    String message = inner == null ? null : inner.path("message").textValue();
    AnthropicErrorType wire = AnthropicErrorType.parse(typeText);
    boolean httpError = status >= 400 && status <= 599;
    int effectiveStatus = httpError ? status : wire == null ? 500 : wire.status();
    ErrorType type = wire != null ? wire.canonical() : ErrorType.fromStatus(effectiveStatus);
    if (message == null || message.isEmpty()) {
      message = "upstream error (HTTP " + effectiveStatus + ")";
    }
    return new ApiError(effectiveStatus, type, message);
  }
}
