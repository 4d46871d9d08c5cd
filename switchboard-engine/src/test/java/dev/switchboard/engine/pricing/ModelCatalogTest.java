package dev.switchboard.engine.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelCatalogTest {

  private static final String JSON = """
      {"first_party":["openai"],
       "providers":{
        "azure":{"gpt-4o":{"price":{"input":5,"output":15}}},
        "openai":{"gpt-4o":{"name":"GPT-4o","price":{"input":2.50,"output":10,"cache_read":1.25},
                            "context":128000,"output_limit":16384,"in":["text","image"],"out":["text"],
                            "caps":["tool_call"]}},
        "groq":{"llama-x":{"price":{"input":0.59,"output":0.79}},"same":{"price":{"input":1,"output":2}}},
        "togetherai":{"llama-x":{"price":{"input":0.88,"output":0.88}},"same":{"price":{"input":1.0,"output":2.00}},
                      "limits-only":{"context":8192}}
       }}
      """;

  private final ModelCatalog catalog = ModelCatalogReader.readJson(JSON);

  @Test
  void readsPricesExactlyWithLimitsModalitiesAndCapabilities() {
    CatalogModel m = catalog.find("openai", "gpt-4o").orElseThrow();
    assertThat(m.price().input()).isEqualTo(new BigDecimal("2.5"));
    assertThat(m.price().cacheRead()).isEqualTo(new BigDecimal("1.25"));
    assertThat(m.price().cacheWrite()).isNull();
    assertThat(m.limits()).isEqualTo(new ModelLimits(128_000, null, 16_384));
    assertThat(m.inputModalities()).containsExactly("text", "image");
    assertThat(m.capabilities()).containsExactly("tool_call");
    assertThat(m.qualifiedId()).isEqualTo("openai/gpt-4o");
    assertThat(catalog.find("togetherai", "limits-only").orElseThrow().priced()).isFalse();
  }

  @Test
  void aBareNameBelongsToTheFirstPartyProviderThenToTheOnlyOrSamePricedReseller() {
    assertThat(catalog.findBare("gpt-4o").orElseThrow().provider()).isEqualTo("openai");
    assertThat(catalog.findBare("same").orElseThrow().provider()).isEqualTo("groq");
    assertThat(catalog.findBare("limits-only").orElseThrow().provider()).isEqualTo("togetherai");
    assertThat(catalog.findBare("llama-x")).isEmpty();
    assertThat(catalog.find("groq", "llama-x")).isPresent();
  }

  @Test
  void theBuiltInCatalogHasTheMajorProvidersAndTheirTiers() {
    ModelCatalog builtIn = ModelCatalog.builtIn();
    assertThat(builtIn.size()).isGreaterThan(1_000);
    assertThat(List.of("openai", "anthropic", "google", "xai", "mistral", "deepseek", "groq", "openrouter"))
        .allMatch(builtIn::hasProvider);
    CatalogModel gpt = builtIn.findBare("gpt-4o").orElseThrow();
    assertThat(gpt.provider()).isEqualTo("openai");
    assertThat(gpt.price().input()).isEqualByComparingTo("2.5");
    assertThat(gpt.price().output()).isEqualByComparingTo("10");
    CatalogModel pro = builtIn.find("google", "gemini-2.5-pro").orElseThrow();
    assertThat(pro.price().tiers()).extracting(PriceTier::aboveInputTokens).containsExactly(200_000L);
    assertThat(builtIn.find("anthropic", "claude-sonnet-4-5").orElseThrow().price().cacheWrite())
        .isEqualByComparingTo("3.75");
  }

  @Test
  void theLicenceNoticeShipsBesideTheCatalog() throws Exception {
    try (var in = ModelCatalog.class.getResourceAsStream("/catalog/LICENSE-models.dev.txt")) {
      assertThat(in).isNotNull();
      assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
          .contains("MIT License", "Copyright (c) 2025 models.dev");
    }
  }
}
