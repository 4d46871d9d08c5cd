package dev.switchboard.engine.limit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a response to a limited client key shows in its {@code x-ratelimit-*} headers. {@code
 * requests} is the request window with the least left (key RPM, key RPD or the global RPM; null
 * when none is limited); {@code tokens} is the key's TPM window (null when unlimited).
 */
public record LimitStatus(WindowStatus requests, WindowStatus tokens) {

  public static final LimitStatus NONE = new LimitStatus(null, null);

  public boolean limited() {
    return requests != null || tokens != null;
  }

  /** The headers in OpenAI's names and formats (reset as a duration such as {@code 6m0s}). */
  public Map<String, String> headers() {
    Map<String, String> out = new LinkedHashMap<>();
    put(out, "requests", requests);
    put(out, "tokens", tokens);
    return out;
  }

  private static void put(Map<String, String> out, String what, WindowStatus s) {
    if (s == null) {
      return;
    }
    out.put("x-ratelimit-limit-" + what, Long.toString(s.limit()));
    out.put("x-ratelimit-remaining-" + what, Long.toString(s.remaining()));
    out.put("x-ratelimit-reset-" + what, ResetText.of(s.resetSeconds()));
  }
}
