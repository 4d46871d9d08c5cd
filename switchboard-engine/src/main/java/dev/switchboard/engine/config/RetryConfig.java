package dev.switchboard.engine.config;

import java.time.Duration;

/** {@code routing.retry:} attempts per requested model and the exponential backoff bounds. */
public record RetryConfig(int attempts, Duration initialBackoff, Duration maxBackoff) {

  public static final RetryConfig DEFAULT = new RetryConfig(3, Duration.ofMillis(200), Duration.ofSeconds(5));
}
