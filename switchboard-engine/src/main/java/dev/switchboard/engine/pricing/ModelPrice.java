package dev.switchboard.engine.pricing;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A model's prices in USD per 1M tokens. {@code input} and {@code output} are required; {@code
 * cacheRead}, {@code cacheWrite} and {@code reasoning} may be null. Fallbacks when one is missing
 * (so a token is never silently free): cache reads and cache writes are billed at the input rate,
 * reasoning tokens as output. {@code tiers} are long-context prices, see {@link PriceTier}.
 */
public record ModelPrice(
    BigDecimal input,
    BigDecimal output,
    BigDecimal cacheRead,
    BigDecimal cacheWrite,
    BigDecimal reasoning,
    List<PriceTier> tiers) {

  public ModelPrice {
    Objects.requireNonNull(input, "input price");
    Objects.requireNonNull(output, "output price");
    tiers = tiers == null ? List.of()
        : tiers.stream().sorted(Comparator.comparingLong(PriceTier::aboveInputTokens)).toList();
  }

  /** A flat price: input and output only. */
  public static ModelPrice of(BigDecimal input, BigDecimal output) {
    return new ModelPrice(input, output, null, null, null, List.of());
  }

  /** The rates for a request with {@code inputTokens} input tokens (cache included). */
  public Rates ratesFor(long inputTokens) {
    PriceTier tier = null;
    for (PriceTier t : tiers) {
      if (inputTokens > t.aboveInputTokens()) {
        tier = t;
      }
    }
    BigDecimal in = pick(tier == null ? null : tier.input(), input);
    BigDecimal out = pick(tier == null ? null : tier.output(), output);
    BigDecimal read = pick(tier == null ? null : tier.cacheRead(), cacheRead);
    BigDecimal write = pick(tier == null ? null : tier.cacheWrite(), cacheWrite);
    ReasoningBilling billing = reasoning == null ? ReasoningBilling.AS_OUTPUT : ReasoningBilling.SEPARATE_RATE;
    return new Rates(in, out, read == null ? in : read, write == null ? in : write,
        reasoning == null ? out : reasoning, billing);
  }

  private static BigDecimal pick(BigDecimal tierRate, BigDecimal baseRate) {
    return tierRate != null ? tierRate : baseRate;
  }
}
