package dev.switchboard.engine.usage;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Money in the store: whole billionths of a US dollar in a 64-bit integer, so sums are exact on
 * every database (SQLite has no exact decimal type). A billionth is below the cost of one token of
 * any priced model; the largest sum it holds is about 9.2 billion dollars.
 */
public final class NanoUsd {

  private static final int SCALE = 9;

  private NanoUsd() {}

  public static long of(BigDecimal usd) {
    return usd.setScale(SCALE, RoundingMode.HALF_UP).unscaledValue().longValueExact();
  }

  public static Long ofNullable(BigDecimal usd) {
    return usd == null ? null : of(usd);
  }

  /** Dollars, without trailing zeros (e.g. {@code 0.0015}). */
  public static BigDecimal usd(long nanos) {
    BigDecimal d = BigDecimal.valueOf(nanos, SCALE).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0) : d;
  }
}
