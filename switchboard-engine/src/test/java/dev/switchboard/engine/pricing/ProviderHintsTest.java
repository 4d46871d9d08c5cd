package dev.switchboard.engine.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.engine.config.PricingConfig;
import org.junit.jupiter.api.Test;

class ProviderHintsTest {

  @Test
  void theProviderIdComesFirstThenTheCatalogIdOfItsType() {
    assertThat(ProviderHints.of("vertex-eu", "gemini")).containsExactly("vertex-eu", "google");
    assertThat(ProviderHints.of("openai", "openai")).containsExactly("openai");
    assertThat(ProviderHints.of("groq", "openai-compatible")).containsExactly("groq");
    assertThat(ProviderHints.of(null, null)).isEmpty();
  }

  @Test
  void aGeminiProviderUnderAnyNameFindsGooglePrices() {
    PriceBook book = PriceBook.builtIn(PricingConfig.NONE);
    assertThat(book.find("gemini-2.5-pro", ProviderHints.of("my-gemini", "gemini")).orElseThrow().key())
        .isEqualTo("google/gemini-2.5-pro");
  }
}
