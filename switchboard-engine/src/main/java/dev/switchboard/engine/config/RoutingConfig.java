package dev.switchboard.engine.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** {@code routing:} selection strategy, retries, cooldowns, timeouts, fallbacks and quota fallback. */
public record RoutingConfig(
    Strategy strategy,
    RetryConfig retry,
    CooldownConfig cooldown,
    TimeoutsConfig timeouts,
    Duration streamKeepalive,
    Map<String, List<String>> fallbacks,
    QuotaFallbackConfig quotaFallback) {

  public static final RoutingConfig DEFAULT = new RoutingConfig(
      Strategy.ROUND_ROBIN, RetryConfig.DEFAULT, CooldownConfig.DEFAULT, TimeoutsConfig.DEFAULT,
      Duration.ofSeconds(15), Map.of(), QuotaFallbackConfig.DEFAULT);

  public RoutingConfig {
    fallbacks = fallbacks == null ? Map.of() : Map.copyOf(fallbacks);
  }
}
