package dev.switchboard.engine.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.engine.config.PriceOverride;
import dev.switchboard.engine.config.PricingConfig;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PriceBookTest {

  private static final String JSON = """
      {"first_party":["openai","anthropic"],
       "providers":{
        "openai":{"gpt-4o":{"price":{"input":2.5,"output":10,"cache_read":1.25}},
                  "gpt-4o-2024-08-06":{"price":{"input":2.5,"output":10}}},
        "anthropic":{"claude-sonnet-4-5":{"price":{"input":3,"output":15,"cache_read":0.3,"cache_write":3.75}},
                     "claude-x":{"context":1000}},
        "google":{"gemini-2.5-pro":{"price":{"input":1.25,"output":10},
                  "tiers":[{"above":200000,"input":2.5,"output":15}]}},
        "groq":{"llama-x":{"price":{"input":0.59,"output":0.79}}},
        "togetherai":{"llama-x":{"price":{"input":0.88,"output":0.88}}},
        "openrouter":{"anthropic/claude-sonnet-4.5":{"price":{"input":3.3,"output":16.5}}}
       }}
      """;

  private final ModelCatalog catalog = ModelCatalogReader.readJson(JSON);
  private final PriceBook book = new PriceBook(catalog, PricingConfig.NONE);

  private static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  @Test
  void findsByExactNameThenProviderQualifiedThenNormalized() {
    assertThat(book.find("gpt-4o").orElseThrow().key()).isEqualTo("openai/gpt-4o");
    assertThat(book.find("gpt-4o-2024-08-06").orElseThrow().key()).isEqualTo("openai/gpt-4o-2024-08-06");
    assertThat(book.find("groq/llama-x").orElseThrow().price().input()).isEqualByComparingTo("0.59");
    assertThat(book.find("anthropic/claude-sonnet-4.5").orElseThrow().key())
        .isEqualTo("openrouter/anthropic/claude-sonnet-4.5");
    assertThat(book.find("anthropic/claude-sonnet-4-5").orElseThrow().key()).isEqualTo("anthropic/claude-sonnet-4-5");
    assertThat(book.find("Claude-Sonnet-4-5-20250929").orElseThrow().key()).isEqualTo("anthropic/claude-sonnet-4-5");
    assertThat(book.find("claude-sonnet-4-5@20250929").orElseThrow().key()).isEqualTo("anthropic/claude-sonnet-4-5");
    assertThat(book.find("gpt-4o-2024-11-20").orElseThrow().key()).isEqualTo("openai/gpt-4o");
  }

  @Test
  void theServingProviderIsTriedFirstAndAmbiguousOrUnpricedNamesHaveNoPrice() {
    assertThat(book.find("llama-x")).isEmpty();
    assertThat(book.find("llama-x", List.of("togetherai")).orElseThrow().price().input()).isEqualByComparingTo("0.88");
    assertThat(book.find("llama-x", List.of("my-groq", "groq")).orElseThrow().key()).isEqualTo("groq/llama-x");
    assertThat(book.find("claude-x")).isEmpty();
    assertThat(book.find("no-such-model")).isEmpty();
    assertThat(book.find("")).isEmpty();
    assertThat(book.find(null)).isEmpty();
  }

  @Test
  void overridesBeatTheCatalogAndBorrowOnlyTheRatesTheyLeaveOut() {
    PricingConfig pricing = new PricingConfig(Map.of(
        "gpt-4o", new PriceOverride(d("2"), d("8"), null, null, null),
        "claude-sonnet-4-5", new PriceOverride(null, null, null, d("4"), null),
        "my-model", new PriceOverride(d("1.0"), d("2.0"), d("0.1"), d("1.25"), null),
        "half", new PriceOverride(d("1"), null, null, null, null),
        "my-groq/llama-x", new PriceOverride(d("0.5"), d("0.5"), null, null, null)));
    PriceBook withOverrides = new PriceBook(catalog, pricing);

    PriceMatch gpt = withOverrides.find("gpt-4o").orElseThrow();
    assertThat(gpt.source()).isEqualTo(PriceSource.OVERRIDE);
    assertThat(gpt.price()).isEqualTo(new ModelPrice(d("2"), d("8"), d("1.25"), null, null, List.of()));

    ModelPrice claude = withOverrides.find("claude-sonnet-4-5").orElseThrow().price();
    assertThat(claude.input()).isEqualByComparingTo("3");
    assertThat(claude.cacheWrite()).isEqualByComparingTo("4");

    assertThat(withOverrides.find("my-model").orElseThrow().price().cacheWrite()).isEqualByComparingTo("1.25");
    assertThat(withOverrides.find("half")).isEmpty();
    assertThat(withOverrides.find("llama-x", List.of("my-groq")).orElseThrow().key()).isEqualTo("my-groq/llama-x");
  }

  @Test
  void anOverrideOfInputOrOutputDropsTheCatalogTiers() {
    PriceBook flat = new PriceBook(catalog, new PricingConfig(Map.of(
        "gemini-2.5-pro", new PriceOverride(d("1"), null, null, null, null))));
    assertThat(flat.find("gemini-2.5-pro").orElseThrow().price().tiers()).isEmpty();
    PriceBook tiered = new PriceBook(catalog, new PricingConfig(Map.of(
        "gemini-2.5-pro", new PriceOverride(null, null, d("0.3"), null, null))));
    assertThat(tiered.find("gemini-2.5-pro").orElseThrow().price().tiers()).hasSize(1);
  }

  @Test
  void theBuiltInBookPricesWellKnownModels() {
    PriceBook builtIn = PriceBook.builtIn(PricingConfig.NONE);
    assertThat(builtIn.find("claude-3-5-sonnet-20241022").orElseThrow().price().output()).isEqualByComparingTo("15");
    assertThat(builtIn.find("gemini-2.5-flash").orElseThrow().key()).isEqualTo("google/gemini-2.5-flash");
    assertThat(builtIn.find("gpt-4o-mini").orElseThrow().price().input()).isEqualByComparingTo("0.15");
  }
}
