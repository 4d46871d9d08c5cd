package dev.switchboard.engine.config;

import java.time.Duration;

/** {@code routing.cooldown:} how long a credential rests after each kind of failure. */
public record CooldownConfig(Duration rateLimited, Duration serverError, Duration network, Duration auth) {

  public static final CooldownConfig DEFAULT = new CooldownConfig(
      Duration.ofSeconds(60), Duration.ofSeconds(15), Duration.ofSeconds(10), Duration.ofHours(1));
}
