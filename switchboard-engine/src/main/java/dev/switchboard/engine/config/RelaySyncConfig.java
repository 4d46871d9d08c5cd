package dev.switchboard.engine.config;

import java.nio.file.Path;
import java.time.Duration;

/** {@code relay-sync:} the relay-sync JSON config and how often to run it (null: never automatically). */
public record RelaySyncConfig(Path config, Duration every) {

  public static final RelaySyncConfig NONE = new RelaySyncConfig(null, null);
}
