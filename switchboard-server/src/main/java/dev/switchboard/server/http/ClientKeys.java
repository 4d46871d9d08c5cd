package dev.switchboard.server.http;

import io.vertx.core.http.HttpServerRequest;

/**
 * Finds the client key a request presents, in the ways each SDK sends it: {@code Authorization:
 * Bearer} (OpenAI, and Anthropic's SDK with an auth token), {@code x-api-key} (Anthropic),
 * {@code x-goog-api-key} or {@code ?key=} (Gemini).
 */
public final class ClientKeys {

  private ClientKeys() {}

  /** The presented key, or null when the request carries none. */
  public static String presented(HttpServerRequest req) {
    String auth = req.getHeader("authorization");
    if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
      String k = auth.substring(7).trim();
      if (!k.isEmpty()) {
        return k;
      }
    }
    String k = req.getHeader("x-api-key");
    if (k == null || k.isEmpty()) {
      k = req.getHeader("x-goog-api-key");
    }
    if (k == null || k.isEmpty()) {
      k = req.getParam("key");
    }
    return k == null || k.isEmpty() ? null : k.trim();
  }
}
