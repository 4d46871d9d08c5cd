package dev.switchboard.engine.limit;

import dev.switchboard.engine.config.BudgetPeriod;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;

/**
 * The UTC period a budget covers at an instant: a day from 00:00, an ISO week from Monday 00:00,
 * or a calendar month from the 1st. {@code end} is the start of the next period.
 */
public record PeriodBounds(Instant start, Instant end) {

  public static PeriodBounds of(BudgetPeriod period, Instant at) {
    LocalDate day = at.atOffset(ZoneOffset.UTC).toLocalDate();
    LocalDate first = switch (period) {
      case DAY -> day;
      case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> day.withDayOfMonth(1);
    };
    LocalDate next = switch (period) {
      case DAY -> first.plusDays(1);
      case WEEK -> first.plusWeeks(1);
      case MONTH -> first.plusMonths(1);
    };
    return new PeriodBounds(startOf(first), startOf(next));
  }

  public boolean contains(Instant at) {
    return !at.isBefore(start) && at.isBefore(end);
  }

  private static Instant startOf(LocalDate date) {
    return date.atStartOfDay(ZoneOffset.UTC).toInstant();
  }
}
