package dev.switchboard.engine.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as written in the config: a number and a unit, {@code ms}, {@code s}, {@code m},
 * {@code h} or {@code d} ({@code 200ms}, {@code 15s}, {@code 1.5h}, {@code 90d}); a bare {@code 0}
 * is zero. {@link #format} writes the shortest exact form back, for the effective-config view.
 */
public final class DurationText {

  private static final Pattern FORM = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h|d)");
  private static final String[] UNITS = {"d", "h", "m", "s"};
  private static final long[] UNIT_MILLIS = {86_400_000L, 3_600_000L, 60_000L, 1_000L};

  private DurationText() {}

  /** Parses a duration; the exception's message is a sentence fragment naming the accepted forms. */
  public static Duration parse(String text) {
    String trimmed = text.trim();
    if (trimmed.equals("0")) {
      return Duration.ZERO;
    }
    Matcher m = FORM.matcher(trimmed);
    if (!m.matches()) {
      throw new IllegalArgumentException("'" + text + "' is not a duration; write a number followed by"
          + " ms, s, m, h or d (e.g. 200ms, 15s, 1h, 90d)");
    }
    BigDecimal millis = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(unitMillis(m.group(2))));
    try {
      return Duration.ofMillis(millis.longValueExact());
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("'" + text + "' is too long or not a whole number of milliseconds", e);
    }
  }

  /** The shortest exact text for a duration: {@code 90d}, {@code 15s}, {@code 200ms}; null stays null. */
  public static String format(Duration duration) {
    if (duration == null) {
      return null;
    }
    long millis = duration.toMillis();
    if (millis == 0) {
      return "0s";
    }
    for (int i = 0; i < UNITS.length; i++) {
      if (millis % UNIT_MILLIS[i] == 0) {
        return millis / UNIT_MILLIS[i] + UNITS[i];
      }
    }
    return millis + "ms";
  }

  private static long unitMillis(String unit) {
    return switch (unit) {
      case "ms" -> 1L;
      case "s" -> 1_000L;
      case "m" -> 60_000L;
      case "h" -> 3_600_000L;
      default -> 86_400_000L;
    };
  }
}
