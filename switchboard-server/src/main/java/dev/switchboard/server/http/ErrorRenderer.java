package dev.switchboard.server.http;

import dev.switchboard.translate.Json;
import dev.switchboard.translate.Translators;
import dev.switchboard.translate.canonical.ApiError;
import dev.switchboard.translate.format.Format;
import io.vertx.core.http.HttpServerResponse;

/**
 * Writes an error in the caller's own format (OpenAI, Anthropic or Gemini shape) with its status.
 * Never writes a stack trace.
 */
public final class ErrorRenderer {

  private ErrorRenderer() {}

  public static void render(HttpServerResponse resp, Format format, ApiError error) {
    if (resp.ended() || resp.closed()) {
      return;
    }
    if (resp.headWritten()) {
      resp.reset();
      return;
    }
    Format f = format == null || !Translators.supports(format) ? Format.OPENAI_CHAT : format;
    byte[] body = Json.writeBytes(Translators.codecs(f).errors().encode(error));
    resp.setStatusCode(error.status())
        .putHeader("content-type", "application/json")
        .end(io.vertx.core.buffer.Buffer.buffer(body));
  }
}
