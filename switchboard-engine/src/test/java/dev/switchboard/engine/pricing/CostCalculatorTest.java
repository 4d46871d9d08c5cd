package dev.switchboard.engine.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.engine.config.PricingConfig;
import dev.switchboard.translate.canonical.Usage;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CostCalculatorTest {

  private static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  private static final ModelPrice CLAUDE = new ModelPrice(d("3"), d("15"), d("0.3"), d("3.75"), null, List.of());
  private static final ModelPrice QWEN = new ModelPrice(d("0.4"), d("1.2"), null, null, d("4"), List.of());
  private static final ModelPrice GEMINI_PRO = new ModelPrice(d("1.25"), d("10"), d("0.125"), null, null,
      List.of(new PriceTier(200_000, d("2.5"), d("15"), d("0.25"), null)));

  @Test
  void pricesInputAndOutput() {
    assertThat(CostCalculator.cost(CLAUDE, Usage.of(1_000, 500))).isEqualByComparingTo("0.0105");
  }

  @Test
  void pricesCacheReadsAndWritesApartFromUncachedInput() {
    // 10,000 input tokens = 2,000 uncached + 6,000 cache reads + 2,000 cache writes.
    Usage u = new Usage(10_000, 0, 6_000, 2_000, 0, false);
    // 2000×3 + 6000×0.3 + 2000×3.75 = 6000 + 1800 + 7500 = 15300 per 1M
    assertThat(CostCalculator.cost(CLAUDE, u)).isEqualByComparingTo("0.0153");
  }

  @Test
  void reasoningIsOutputUnlessTheModelHasAReasoningRate() {
    Usage u = new Usage(0, 1_000, 0, 0, 800, false);
    assertThat(CostCalculator.cost(CLAUDE, u)).isEqualByComparingTo("0.015");
    // 200 visible × 1.2 + 800 reasoning × 4 = 240 + 3200 = 3440 per 1M
    assertThat(CostCalculator.cost(QWEN, u)).isEqualByComparingTo("0.00344");
  }

  @Test
  void aRequestOverTheContextThresholdIsBilledWhollyAtTheTier() {
    Usage atThreshold = new Usage(200_000, 1_000, 0, 0, 0, false);
    Usage over = new Usage(200_001, 1_000, 100_000, 0, 0, false);
    // 200000×1.25 + 1000×10 = 260000
    assertThat(CostCalculator.cost(GEMINI_PRO, atThreshold)).isEqualByComparingTo("0.26");
    // 100001×2.5 + 100000×0.25 + 1000×15 = 250002.5 + 25000 + 15000 = 290002.5
    assertThat(CostCalculator.cost(GEMINI_PRO, over)).isEqualByComparingTo("0.2900025");
  }

  @Test
  void missingCacheRatesFallBackToTheInputRateNeverToZero() {
    ModelPrice flat = ModelPrice.of(d("2"), d("8"));
    Usage u = new Usage(1_000, 0, 400, 100, 0, false);
    assertThat(CostCalculator.cost(flat, u)).isEqualByComparingTo("0.002");
  }

  @Test
  void theResultIsExactForTinyAmounts() {
    assertThat(CostCalculator.cost(ModelPrice.of(d("0.075"), d("0.3")), Usage.of(1, 1)))
        .isEqualTo(d("0.000000375"));
  }

  @Test
  void anUnpricedModelCostsNullNeverZero() {
    CostCalculator calc = new CostCalculator(PriceBook.builtIn(PricingConfig.NONE));
    assertThat(calc.cost("no-such-model-anywhere", List.of(), Usage.of(100, 100))).isNull();
    assertThat(CostCalculator.cost(null, Usage.of(1, 1))).isNull();
    assertThat(calc.cost("gpt-4o", List.of("openai"), null)).isNull();
    assertThat(calc.cost("gpt-4o", List.of("openai"), Usage.of(1_000_000, 1_000_000))).isEqualByComparingTo("12.5");
  }
}
