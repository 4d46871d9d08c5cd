package dev.switchboard.engine.config;

import java.nio.file.Path;
import java.util.List;

/**
 * The whole validated configuration. Immutable: a reload builds a new one and swaps it in.
 * {@code source} is the file it was read from (null for built-in configs such as the demo).
 */
public record SwitchboardConfig(
    ServerConfig server,
    AdminConfig admin,
    DashboardConfig dashboard,
    StoreConfig store,
    RedisConfig redis,
    List<ClientKeyConfig> clientKeys,
    LimitsConfig limits,
    RoutingConfig routing,
    List<ProviderConfig> providers,
    PricingConfig pricing,
    UsageConfig usage,
    CatalogConfig catalog,
    RelaySyncConfig relaySync,
    MetricsConfig metrics,
    Path source) {

  public SwitchboardConfig {
    clientKeys = clientKeys == null ? List.of() : List.copyOf(clientKeys);
    providers = providers == null ? List.of() : List.copyOf(providers);
  }

  /** The provider with this id, or null. */
  public ProviderConfig provider(String id) {
    for (ProviderConfig p : providers) {
      if (p.id().equals(id)) {
        return p;
      }
    }
    return null;
  }
}
