package dev.switchboard.engine.config;

/** {@code limits:} gateway-wide and default per-key limits; 0 means unlimited. */
public record LimitsConfig(int globalRpm, int perKeyRpm, int perKeyRpd, int perKeyTpm) {

  public static final LimitsConfig NONE = new LimitsConfig(0, 0, 0, 0);
}
