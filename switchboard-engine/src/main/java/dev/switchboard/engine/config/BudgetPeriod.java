package dev.switchboard.engine.config;

/** The period a client key's budget covers; it resets when the period rolls over (UTC). */
public enum BudgetPeriod {
  DAY,
  WEEK,
  MONTH
}
