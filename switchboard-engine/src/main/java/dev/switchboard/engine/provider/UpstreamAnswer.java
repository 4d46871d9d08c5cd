package dev.switchboard.engine.provider;

import dev.switchboard.translate.canonical.ApiError;
import java.time.Instant;
import java.util.Map;

/**
 * A failed upstream answer as a classifier sees it: the status, the response headers (lower-case
 * names), the error decoded by the provider format's error decoder, the raw body (for details the
 * decoder drops, e.g. Gemini's RetryInfo) and the time it arrived.
 */
public record UpstreamAnswer(int status, Map<String, String> headers, ApiError decoded, String rawBody, Instant at) {

  public UpstreamAnswer {
    headers = headers == null ? Map.of() : headers;
    rawBody = rawBody == null ? "" : rawBody;
  }

  public String header(String name) {
    return headers.get(name);
  }
}
