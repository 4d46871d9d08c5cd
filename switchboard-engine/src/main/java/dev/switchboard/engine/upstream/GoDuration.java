package dev.switchboard.engine.upstream;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses Go-style durations as OpenAI sends them in {@code x-ratelimit-reset-*} ({@code 6m0s},
 * {@code 1s}, {@code 20ms}, {@code 1h2m3.5s}) and Google's {@code RetryInfo.retryDelay}
 * ({@code "37s"}, {@code "0.5s"}).
 */
public final class GoDuration {

  private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|us|µs|ns|h|m|s)");

  private GoDuration() {}

  /** The duration, or empty when {@code text} is not a Go duration. */
  public static Optional<Duration> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String t = text.trim();
    Matcher m = PART.matcher(t);
    double nanos = 0;
    int at = 0;
    while (m.find()) {
      if (m.start() != at) {
        return Optional.empty();
      }
      nanos += Double.parseDouble(m.group(1)) * unitNanos(m.group(2));
      at = m.end();
    }
    if (at == 0 || at != t.length()) {
      return Optional.empty();
    }
    return Optional.of(Duration.ofNanos((long) nanos));
  }

  private static double unitNanos(String unit) {
    return switch (unit) {
      case "h" -> 3600e9;
      case "m" -> 60e9;
      case "s" -> 1e9;
      case "ms" -> 1e6;
      case "us", "µs" -> 1e3;
      default -> 1;
    };
  }
}
