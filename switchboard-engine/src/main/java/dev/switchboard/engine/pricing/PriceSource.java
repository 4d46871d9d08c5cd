package dev.switchboard.engine.pricing;

/** Where a price came from. */
public enum PriceSource {
  /** {@code pricing.overrides} in the config (possibly completed from the catalog). */
  OVERRIDE,
  /** The built-in catalog. */
  CATALOG
}
