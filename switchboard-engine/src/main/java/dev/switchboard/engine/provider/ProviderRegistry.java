package dev.switchboard.engine.provider;

import dev.switchboard.engine.config.ProviderConfig;
import dev.switchboard.engine.provider.anthropic.AnthropicProviderType;
import dev.switchboard.engine.provider.gemini.GeminiProviderType;
import dev.switchboard.engine.provider.mock.MockProviderType;
import dev.switchboard.engine.provider.openai.OpenAiProviderType;
import dev.switchboard.engine.provider.openaicompat.OpenAiCompatibleProviderType;
import io.vertx.core.Vertx;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The provider types this build knows: one line each. */
public final class ProviderRegistry {

  private final Map<String, ProviderType> types = new LinkedHashMap<>();

  private ProviderRegistry(List<ProviderType> list) {
    list.forEach(t -> types.put(t.name(), t));
  }

  public static ProviderRegistry builtIns() {
    return new ProviderRegistry(List.of(
        new OpenAiProviderType(),
        new OpenAiCompatibleProviderType(),
        new AnthropicProviderType(),
        new GeminiProviderType(),
        new MockProviderType()));
  }

  public Set<String> names() {
    return types.keySet();
  }

  public Provider create(ProviderConfig config, Vertx vertx) {
    ProviderType t = types.get(config.type());
    if (t == null) {
      throw new IllegalArgumentException("unknown provider type '" + config.type() + "'");
    }
    return t.create(config, vertx);
  }
}
