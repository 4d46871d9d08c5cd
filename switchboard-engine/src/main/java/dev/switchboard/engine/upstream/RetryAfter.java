package dev.switchboard.engine.upstream;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * How long an upstream asks us to wait, read from its response headers (lower-case names), in the
 * order the official SDKs use (wire-formats.md §10.3, §11): {@code retry-after-ms}, then
 * {@code retry-after} (seconds, fractions allowed, or an HTTP date), then OpenAI's
 * {@code x-ratelimit-reset-requests}/{@code -tokens} (Go durations) and Anthropic's
 * {@code anthropic-ratelimit-*-reset} (RFC 3339 instants) when the matching remaining count is 0.
 */
public final class RetryAfter {

  private static final String[] ANTHROPIC = {"requests", "tokens", "input-tokens", "output-tokens"};

  private RetryAfter() {}

  /** The wait the headers ask for, measured from {@code now}; empty when they ask for none. */
  public static Optional<Duration> from(Map<String, String> headers, Instant now) {
    Optional<Duration> explicit = millis(headers.get("retry-after-ms"));
    if (explicit.isEmpty()) {
      explicit = header(headers.get("retry-after"), now);
    }
    if (explicit.isPresent()) {
      return explicit;
    }
    Duration longest = null;
    for (String kind : new String[] {"requests", "tokens"}) {
      if (exhausted(headers.get("x-ratelimit-remaining-" + kind))) {
        longest = longer(longest, GoDuration.parse(headers.get("x-ratelimit-reset-" + kind)).orElse(null));
      }
    }
    for (String kind : ANTHROPIC) {
      if (exhausted(headers.get("anthropic-ratelimit-" + kind + "-remaining"))) {
        longest = longer(longest, instant(headers.get("anthropic-ratelimit-" + kind + "-reset"), now).orElse(null));
      }
    }
    return Optional.ofNullable(longest);
  }

  /** A {@code retry-after} value: seconds (fractions allowed) or an HTTP date. */
  public static Optional<Duration> header(String value, Instant now) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      double seconds = Double.parseDouble(value.trim());
      return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofMillis((long) Math.ceil(seconds * 1000)));
    } catch (NumberFormatException e) {
      try {
        Instant at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        return Optional.of(nonNegative(Duration.between(now, at)));
      } catch (DateTimeParseException e2) {
        return Optional.empty();
      }
    }
  }

  /** The time until an RFC 3339 instant such as {@code 2026-02-25T20:02:37Z}. */
  public static Optional<Duration> instant(String value, Instant now) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(nonNegative(Duration.between(now, OffsetDateTime.parse(value.trim()).toInstant())));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<Duration> millis(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      double ms = Double.parseDouble(value.trim());
      return ms < 0 ? Optional.empty() : Optional.of(Duration.ofMillis((long) Math.ceil(ms)));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static boolean exhausted(String remaining) {
    if (remaining == null) {
      return false;
    }
    try {
      return Long.parseLong(remaining.trim()) <= 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static Duration longer(Duration a, Duration b) {
    if (a == null) {
      return b;
    }
    return b == null || a.compareTo(b) >= 0 ? a : b;
  }

  private static Duration nonNegative(Duration d) {
    return d.isNegative() ? Duration.ZERO : d;
  }
}
