package dev.switchboard.engine.upstream;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The remaining share of an upstream's rate limit, read from a response's headers
 * (wire-formats.md §11): OpenAI's {@code x-ratelimit-remaining-*} over {@code x-ratelimit-limit-*}
 * (reset as Go durations), Anthropic's {@code anthropic-ratelimit-*-remaining} over
 * {@code -limit} (reset as RFC 3339). Gemini sends none.
 */
public final class RateLimitHeaders {

  private static final String[] OPENAI = {"requests", "tokens"};
  private static final String[] ANTHROPIC = {"requests", "tokens", "input-tokens", "output-tokens"};

  private RateLimitHeaders() {}

  /** The smallest remaining fraction the headers show, and when it resets; empty without such headers. */
  public static Optional<Remaining> read(Map<String, String> headers, Instant now) {
    Remaining worst = null;
    for (String kind : OPENAI) {
      Double f = fraction(headers.get("x-ratelimit-remaining-" + kind), headers.get("x-ratelimit-limit-" + kind));
      if (f != null) {
        Duration reset = GoDuration.parse(headers.get("x-ratelimit-reset-" + kind)).orElse(Duration.ofMinutes(1));
        worst = lower(worst, new Remaining(f, now.plus(reset)));
      }
    }
    for (String kind : ANTHROPIC) {
      String prefix = "anthropic-ratelimit-" + kind;
      Double f = fraction(headers.get(prefix + "-remaining"), headers.get(prefix + "-limit"));
      if (f != null) {
        Duration reset = RetryAfter.instant(headers.get(prefix + "-reset"), now).orElse(Duration.ofMinutes(1));
        worst = lower(worst, new Remaining(f, now.plus(reset)));
      }
    }
    return Optional.ofNullable(worst);
  }

  private static Double fraction(String remaining, String limit) {
    if (remaining == null || limit == null) {
      return null;
    }
    try {
      double l = Double.parseDouble(limit.trim());
      double r = Double.parseDouble(remaining.trim());
      return l <= 0 ? null : Math.max(0, Math.min(1, r / l));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Remaining lower(Remaining a, Remaining b) {
    return a == null || b.fraction() < a.fraction() ? b : a;
  }

  /** A remaining fraction (0..1) valid until {@code resetsAt}. */
  public record Remaining(double fraction, Instant resetsAt) {}
}
