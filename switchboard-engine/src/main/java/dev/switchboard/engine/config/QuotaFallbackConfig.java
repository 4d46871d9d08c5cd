package dev.switchboard.engine.config;

import java.time.Duration;

/** {@code routing.quota-fallback:} route away from a model whose remaining quota fraction is under the threshold. */
public record QuotaFallbackConfig(double threshold, Duration pollInterval) {

  public static final QuotaFallbackConfig DEFAULT = new QuotaFallbackConfig(0.05, Duration.ofSeconds(30));
}
