package dev.switchboard.engine.provider.openaicompat;

import dev.switchboard.engine.config.ProviderConfig;
import dev.switchboard.engine.provider.OpenAiWireProvider;
import dev.switchboard.engine.provider.Provider;
import dev.switchboard.engine.provider.ProviderType;
import io.vertx.core.Vertx;

/** {@code type: openai-compatible}: an OpenAI-style server at a configured {@code base-url}. */
public final class OpenAiCompatibleProviderType implements ProviderType {

  @Override
  public String name() {
    return "openai-compatible";
  }

  @Override
  public Provider create(ProviderConfig config, Vertx vertx) {
    if (config.baseUrl() == null || config.baseUrl().isBlank()) {
      throw new IllegalArgumentException("provider '" + config.id() + "' of type openai-compatible needs a base-url");
    }
    return new OpenAiWireProvider(config, config.baseUrl());
  }
}
