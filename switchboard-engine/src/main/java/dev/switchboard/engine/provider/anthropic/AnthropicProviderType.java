package dev.switchboard.engine.provider.anthropic;

import dev.switchboard.engine.config.ProviderConfig;
import dev.switchboard.engine.provider.BaseUrls;
import dev.switchboard.engine.provider.Provider;
import dev.switchboard.engine.provider.ProviderType;
import io.vertx.core.Vertx;

/** {@code type: anthropic}; {@code base-url} is the host root, default {@value #DEFAULT_BASE_URL}. */
public final class AnthropicProviderType implements ProviderType {

  public static final String DEFAULT_BASE_URL = "https://api.anthropic.com";

  @Override
  public String name() {
    return "anthropic";
  }

  @Override
  public Provider create(ProviderConfig config, Vertx vertx) {
    return new AnthropicProvider(config, BaseUrls.orDefault(config.baseUrl(), DEFAULT_BASE_URL));
  }
}
