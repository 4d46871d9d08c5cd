package dev.switchboard.engine.access;

import dev.switchboard.engine.route.Glob;
import java.util.List;

/**
 * An authenticated client key: its id (never the key itself), name, per-key limits (null: the
 * global defaults apply) and the model globs it may use (empty: any).
 */
public record Caller(String keyId, String name, Integer rpm, Integer rpd, Integer tpm, List<Glob> models) {

  public Caller {
    models = models == null ? List.of() : List.copyOf(models);
  }

  public boolean mayUse(String model) {
    return models.isEmpty() || Glob.anyMatches(models, model);
  }
}
