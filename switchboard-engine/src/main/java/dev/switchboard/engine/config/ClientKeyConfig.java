package dev.switchboard.engine.config;

import java.math.BigDecimal;
import java.util.List;

/**
 * A static client key from {@code client-keys:}. Limits are null when not set; {@code models} are
 * globs the key may use (empty: any model).
 */
public record ClientKeyConfig(
    String key,
    String name,
    Integer rpm,
    Integer rpd,
    Integer tpm,
    BigDecimal budgetUsd,
    BudgetPeriod budgetPeriod,
    List<String> models) {

  public ClientKeyConfig {
    models = models == null ? List.of() : List.copyOf(models);
  }

  @Override
  public String toString() {
    return "ClientKeyConfig[name=" + name + ", key=<redacted>]";
  }
}
