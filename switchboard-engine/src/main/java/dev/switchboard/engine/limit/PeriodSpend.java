package dev.switchboard.engine.limit;

import java.math.BigDecimal;

/**
 * What one key spent in one budget period: the period's start (epoch second), the exact total in
 * USD, and whether it changed since it was last persisted. Mutable; guarded by its owner's lock.
 */
final class PeriodSpend {

  long periodStart;
  BigDecimal spent = BigDecimal.ZERO;
  boolean dirty;

  /** Starts a new period at zero when {@code start} is later than the one held. */
  void rollTo(long start) {
    if (start > periodStart) {
      periodStart = start;
      spent = BigDecimal.ZERO;
      dirty = false;
    }
  }
}
