package dev.switchboard.engine.access;

import dev.switchboard.engine.store.KeyLimits;
import java.util.List;

/** What the admin asks for when creating a client key: a name, limits and model globs. */
public record KeySpec(String name, KeyLimits limits, List<String> models) {

  public KeySpec {
    limits = limits == null ? KeyLimits.NONE : limits;
    models = models == null ? List.of() : List.copyOf(models);
  }
}
