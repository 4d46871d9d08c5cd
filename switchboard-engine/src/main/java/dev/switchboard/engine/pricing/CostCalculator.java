package dev.switchboard.engine.pricing;

import dev.switchboard.translate.canonical.Usage;
import java.math.BigDecimal;
import java.util.List;

/**
 * Prices a canonical {@link Usage} (wire-formats.md §8 definition) in USD, exactly:
 *
 * <pre>
 *   uncached input × input + cache reads × cache_read + cache writes × cache_write
 *   + visible output × output + reasoning × reasoning      (model with a reasoning rate)
 *   + output × output                                       (otherwise: reasoning is output)
 * </pre>
 *
 * all divided by 1,000,000, with the rates of the context tier the input tokens fall in ({@link
 * ModelPrice#ratesFor}). The result is the exact product of tokens and decimal rates (no rounding);
 * null when the model has no price, never $0 for an unknown model.
 */
public final class CostCalculator {

  private static final int PER_MILLION = 6;

  private final PriceBook prices;

  public CostCalculator(PriceBook prices) {
    this.prices = prices;
  }

  /** The cost of a request to {@code model} (provider hints as in {@link PriceBook#find}); null if unpriced. */
  public BigDecimal cost(String model, List<String> providerHints, Usage usage) {
    if (usage == null) {
      return null;
    }
    return prices.find(model, providerHints).map(m -> cost(m.price(), usage)).orElse(null);
  }

  /** The cost of a usage at a price; null when the price is null. */
  public static BigDecimal cost(ModelPrice price, Usage usage) {
    if (price == null || usage == null) {
      return null;
    }
    Rates r = price.ratesFor(usage.inputTokens());
    BigDecimal sum = times(usage.uncachedInputTokens(), r.input())
        .add(times(usage.cacheReadTokens(), r.cacheRead()))
        .add(times(usage.cacheWriteTokens(), r.cacheWrite()));
    if (r.reasoningBilling() == ReasoningBilling.SEPARATE_RATE) {
      sum = sum.add(times(usage.visibleOutputTokens(), r.output()))
          .add(times(Math.min(usage.reasoningTokens(), usage.outputTokens()), r.reasoning()));
    } else {
      sum = sum.add(times(usage.outputTokens(), r.output()));
    }
    return sum.movePointLeft(PER_MILLION);
  }

  private static BigDecimal times(long tokens, BigDecimal ratePerMillion) {
    return BigDecimal.valueOf(Math.max(0, tokens)).multiply(ratePerMillion);
  }
}
