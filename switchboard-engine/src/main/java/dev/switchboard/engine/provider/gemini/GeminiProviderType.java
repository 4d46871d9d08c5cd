package dev.switchboard.engine.provider.gemini;

import dev.switchboard.engine.config.ProviderConfig;
import dev.switchboard.engine.provider.BaseUrls;
import dev.switchboard.engine.provider.Provider;
import dev.switchboard.engine.provider.ProviderType;
import io.vertx.core.Vertx;

/** {@code type: gemini}; {@code base-url} is the host root, default {@value #DEFAULT_BASE_URL}. */
public final class GeminiProviderType implements ProviderType {

  public static final String DEFAULT_BASE_URL = "https://generativelanguage.googleapis.com";

  @Override
  public String name() {
    return "gemini";
  }

  @Override
  public Provider create(ProviderConfig config, Vertx vertx) {
    return new GeminiProvider(config, BaseUrls.orDefault(config.baseUrl(), DEFAULT_BASE_URL));
  }
}
