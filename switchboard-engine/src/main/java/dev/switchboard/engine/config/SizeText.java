package dev.switchboard.engine.config;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Byte sizes as written in the config: a plain number of bytes, or a number and a unit {@code B},
 * {@code KiB}, {@code MiB} or {@code GiB} ({@code 32MiB}, {@code 1.5 GiB}). {@link #format} writes
 * the shortest exact form back.
 */
public final class SizeText {

  private static final Pattern FORM = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(B|KiB|MiB|GiB)?");
  private static final String[] UNITS = {"GiB", "MiB", "KiB"};
  private static final long[] UNIT_BYTES = {1L << 30, 1L << 20, 1L << 10};

  private SizeText() {}

  /** Parses a size in bytes; the exception's message is a sentence fragment naming the accepted forms. */
  public static long parse(String text) {
    Matcher m = FORM.matcher(text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("'" + text + "' is not a size; write a number of bytes or a number"
          + " followed by B, KiB, MiB or GiB (e.g. 32MiB)");
    }
    String unit = m.group(2) == null ? "B" : m.group(2);
    BigDecimal bytes = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(unitBytes(unit)));
    try {
      return bytes.longValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("'" + text + "' is too large or not a whole number of bytes", e);
    }
  }

  /** The shortest exact text for a size: {@code 32MiB}, {@code 1500B}. */
  public static String format(long bytes) {
    if (bytes != 0) {
      for (int i = 0; i < UNITS.length; i++) {
        if (bytes % UNIT_BYTES[i] == 0) {
          return bytes / UNIT_BYTES[i] + UNITS[i];
        }
      }
    }
    return bytes + "B";
  }

  private static long unitBytes(String unit) {
    return switch (unit.toUpperCase(Locale.ROOT)) {
      case "KIB" -> 1L << 10;
      case "MIB" -> 1L << 20;
      case "GIB" -> 1L << 30;
      default -> 1L;
    };
  }
}
