package dev.switchboard.engine.config;

import java.time.Duration;

/** {@code usage:} how long usage records are kept. */
public record UsageConfig(Duration retention) {

  public static final UsageConfig DEFAULT = new UsageConfig(Duration.ofDays(90));
}
