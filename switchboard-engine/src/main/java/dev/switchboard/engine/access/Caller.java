package dev.switchboard.engine.access;

import dev.switchboard.engine.config.BudgetPeriod;
import dev.switchboard.engine.route.Glob;
import dev.switchboard.engine.store.KeyState;
import java.math.BigDecimal;
import java.util.List;

/**
 * An authenticated client key: its id (never the key itself), name, per-key limits (null: the
 * global defaults apply), its budget (null: none), the model globs it may use (empty: any) and its
 * state. A {@link KeyState#DISABLED} key is known but must be answered 403.
 */
public record Caller(
    String keyId,
    String name,
    Integer rpm,
    Integer rpd,
    Integer tpm,
    List<Glob> models,
    BigDecimal budgetUsd,
    BudgetPeriod budgetPeriod,
    KeyState state) {

  public Caller {
    models = models == null ? List.of() : List.copyOf(models);
    state = state == null ? KeyState.ENABLED : state;
  }

  /** An enabled caller without a budget. */
  public Caller(String keyId, String name, Integer rpm, Integer rpd, Integer tpm, List<Glob> models) {
    this(keyId, name, rpm, rpd, tpm, models, null, null, KeyState.ENABLED);
  }

  public boolean mayUse(String model) {
    return models.isEmpty() || Glob.anyMatches(models, model);
  }

  public boolean enabled() {
    return state == KeyState.ENABLED;
  }
}
