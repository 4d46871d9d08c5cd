/**
 * Prices and the built-in model catalog. {@link dev.switchboard.engine.pricing.ModelCatalog} reads
 * the resource generated from models.dev ({@code catalog/models-dev.json}, MIT notice beside it);
 * {@link dev.switchboard.engine.pricing.PriceBook} finds a model's price, {@code pricing.overrides}
 * first; {@link dev.switchboard.engine.pricing.CostCalculator} turns a canonical usage into USD as
 * an exact {@link java.math.BigDecimal}, or null when the model has no price (never $0).
 */
package dev.switchboard.engine.pricing;
