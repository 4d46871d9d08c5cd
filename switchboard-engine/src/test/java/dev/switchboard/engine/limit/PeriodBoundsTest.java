package dev.switchboard.engine.limit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.engine.config.BudgetPeriod;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PeriodBoundsTest {

  private static PeriodBounds at(BudgetPeriod p, String instant) {
    return PeriodBounds.of(p, Instant.parse(instant));
  }

  @Test
  void aDayRunsFromMidnightUtc() {
    assertThat(at(BudgetPeriod.DAY, "2026-03-02T23:59:59Z")).isEqualTo(
        new PeriodBounds(Instant.parse("2026-03-02T00:00:00Z"), Instant.parse("2026-03-03T00:00:00Z")));
    assertThat(at(BudgetPeriod.DAY, "2026-03-03T00:00:00Z").start()).isEqualTo(Instant.parse("2026-03-03T00:00:00Z"));
  }

  @Test
  void aWeekRunsFromMondayAcrossAMonthAndAYear() {
    // 2026-01-01 is a Thursday: its ISO week began on Monday 2025-12-29.
    assertThat(at(BudgetPeriod.WEEK, "2026-01-01T12:00:00Z")).isEqualTo(
        new PeriodBounds(Instant.parse("2025-12-29T00:00:00Z"), Instant.parse("2026-01-05T00:00:00Z")));
    assertThat(at(BudgetPeriod.WEEK, "2026-01-04T23:59:59Z").start()).isEqualTo(Instant.parse("2025-12-29T00:00:00Z"));
    assertThat(at(BudgetPeriod.WEEK, "2026-01-05T00:00:00Z").start()).isEqualTo(Instant.parse("2026-01-05T00:00:00Z"));
  }

  @Test
  void aMonthIsTheCalendarMonthIncludingALeapFebruary() {
    assertThat(at(BudgetPeriod.MONTH, "2028-02-29T18:00:00Z")).isEqualTo(
        new PeriodBounds(Instant.parse("2028-02-01T00:00:00Z"), Instant.parse("2028-03-01T00:00:00Z")));
    assertThat(at(BudgetPeriod.MONTH, "2026-12-31T23:59:59Z").end()).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
    assertThat(at(BudgetPeriod.MONTH, "2026-12-31T23:59:59Z").contains(Instant.parse("2026-12-01T00:00:00Z"))).isTrue();
    assertThat(at(BudgetPeriod.MONTH, "2026-12-31T23:59:59Z").contains(Instant.parse("2027-01-01T00:00:00Z"))).isFalse();
  }
}
