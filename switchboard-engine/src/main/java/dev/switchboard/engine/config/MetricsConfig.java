package dev.switchboard.engine.config;

/** {@code metrics:} whether {@code /metrics} requires the admin key. */
public record MetricsConfig(boolean auth) {

  public static final MetricsConfig DEFAULT = new MetricsConfig(false);
}
