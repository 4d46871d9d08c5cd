package dev.switchboard.engine.store;

import dev.switchboard.engine.config.BudgetPeriod;
import java.math.BigDecimal;

/**
 * The limits of one client key; every field is null when not set (the global defaults apply, and
 * no budget). A budget has both an amount in USD and the period it covers.
 */
public record KeyLimits(Integer rpm, Integer rpd, Integer tpm, BigDecimal budgetUsd, BudgetPeriod budgetPeriod) {

  public static final KeyLimits NONE = new KeyLimits(null, null, null, null, null);
}
