package dev.switchboard.engine.provider.openai;

import dev.switchboard.engine.config.ProviderConfig;
import dev.switchboard.engine.provider.BaseUrls;
import dev.switchboard.engine.provider.OpenAiWireProvider;
import dev.switchboard.engine.provider.Provider;
import dev.switchboard.engine.provider.ProviderType;
import io.vertx.core.Vertx;

/** {@code type: openai}: OpenAI itself; {@code base-url} defaults to {@value #DEFAULT_BASE_URL}. */
public final class OpenAiProviderType implements ProviderType {

  public static final String DEFAULT_BASE_URL = "https://api.openai.com/v1";

  @Override
  public String name() {
    return "openai";
  }

  @Override
  public Provider create(ProviderConfig config, Vertx vertx) {
    return new OpenAiWireProvider(config, BaseUrls.orDefault(config.baseUrl(), DEFAULT_BASE_URL));
  }
}
