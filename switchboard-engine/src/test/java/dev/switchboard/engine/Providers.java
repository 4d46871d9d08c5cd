package dev.switchboard.engine;

import dev.switchboard.engine.config.CredentialConfig;
import dev.switchboard.engine.config.ModelConfig;
import dev.switchboard.engine.config.ProviderConfig;
import dev.switchboard.engine.config.WireApi;
import java.util.List;

/** Provider configs for unit tests, built without a YAML file. */
public final class Providers {

  private Providers() {}

  public static ProviderConfig listing(String id, int priority, List<ModelConfig> models, List<CredentialConfig> creds) {
    return new ProviderConfig(id, "openai-compatible", "http://127.0.0.1:1/v1", WireApi.CHAT, priority, null,
        List.of(), models, null, null, -1, -1, null, creds, null, null);
  }

  public static ProviderConfig passthrough(String id, int priority, List<String> excluded) {
    return new ProviderConfig(id, "openai-compatible", "http://127.0.0.1:1/v1", WireApi.CHAT, priority, null,
        excluded, null, null, null, -1, -1, null, List.of(new CredentialConfig("k-" + id, 1, false)), null, null);
  }

  public static ProviderConfig prefixed(String id, String prefix, List<ModelConfig> models) {
    return new ProviderConfig(id, "openai-compatible", "http://127.0.0.1:1/v1", WireApi.CHAT, 0, prefix,
        List.of(), models, null, null, -1, -1, null, List.of(new CredentialConfig("k-" + id, 1, false)), null, null);
  }

  public static List<CredentialConfig> creds(int... weights) {
    return java.util.Arrays.stream(weights).mapToObj(w -> new CredentialConfig("secret-" + w, w, false)).toList();
  }

  public static ModelConfig model(String name) {
    return new ModelConfig(name, null, null);
  }
}
