package dev.switchboard.engine.config;

import java.util.Map;

/** {@code pricing.overrides:} prices per model that beat the built-in catalog. */
public record PricingConfig(Map<String, PriceOverride> overrides) {

  public static final PricingConfig NONE = new PricingConfig(Map.of());

  public PricingConfig {
    overrides = overrides == null ? Map.of() : Map.copyOf(overrides);
  }
}
