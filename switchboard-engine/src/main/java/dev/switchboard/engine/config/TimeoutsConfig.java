package dev.switchboard.engine.config;

import java.time.Duration;

/** {@code routing.timeouts:} connect, first byte, and idle time between stream chunks. */
public record TimeoutsConfig(Duration connect, Duration firstByte, Duration idle) {

  public static final TimeoutsConfig DEFAULT = new TimeoutsConfig(
      Duration.ofSeconds(10), Duration.ofSeconds(120), Duration.ofSeconds(300));

  /**
   * These timeouts without the idle one: streams enforce idleness themselves between chunks, so a
   * stream paused by a slow client (back-pressure) is not mistaken for a silent upstream.
   */
  public TimeoutsConfig withoutIdle() {
    return new TimeoutsConfig(connect, firstByte, null);
  }

  /** These timeouts with any non-null field of {@code override} taking precedence. */
  public TimeoutsConfig overriddenBy(TimeoutsConfig override) {
    if (override == null) {
      return this;
    }
    return new TimeoutsConfig(
        override.connect != null ? override.connect : connect,
        override.firstByte != null ? override.firstByte : firstByte,
        override.idle != null ? override.idle : idle);
  }
}
