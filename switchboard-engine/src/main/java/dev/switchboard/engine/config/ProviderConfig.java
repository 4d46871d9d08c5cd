package dev.switchboard.engine.config;

import java.util.List;
import java.util.Map;

/**
 * One entry of {@code providers:}. {@code type} names a provider type of the registry
 * ({@code openai}, {@code anthropic}, {@code gemini}, {@code openai-compatible}, {@code mock}).
 * {@code models} is null when omitted: then any model not excluded is passed through.
 * {@code baseUrl} is null when not set: the type's default applies. {@code rpm}/{@code rpd} are per
 * credential: -1 unlimited, 0 disabled. {@code timeouts} holds per-provider overrides (fields may be null).
 */
public record ProviderConfig(
    String id,
    String type,
    String baseUrl,
    WireApi wireApi,
    int priority,
    String prefix,
    List<String> excludedModels,
    List<ModelConfig> models,
    Map<String, String> headers,
    String proxyUrl,
    int rpm,
    int rpd,
    String quotaUrl,
    List<CredentialConfig> credentials,
    MockConfig mock,
    TimeoutsConfig timeouts) {

  public ProviderConfig {
    excludedModels = excludedModels == null ? List.of() : List.copyOf(excludedModels);
    models = models == null ? null : List.copyOf(models);
    headers = headers == null ? Map.of() : Map.copyOf(headers);
    credentials = credentials == null ? List.of() : List.copyOf(credentials);
  }

  /** True when {@code models:} was omitted and any model is passed through. */
  public boolean passthrough() {
    return models == null;
  }
}
