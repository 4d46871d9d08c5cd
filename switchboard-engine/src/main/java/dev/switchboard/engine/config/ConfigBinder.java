package dev.switchboard.engine.config;

import org.yaml.snakeyaml.nodes.Node;

/**
 * Binds the composed YAML document to a {@link SwitchboardConfig}, one section binder per group of
 * sections; an omitted section gets its record's defaults. Problems go to the {@link BindContext};
 * the result is only meaningful when there are none.
 */
final class ConfigBinder {

  private ConfigBinder() {}

  static SwitchboardConfig bind(BindContext context, Node root) {
    YamlMapping top = YamlMapping.of(context, root, "");
    SwitchboardConfig config = new SwitchboardConfig(
        ServerBinder.server(top.mapping("server")),
        ServerBinder.admin(top.mapping("admin")),
        ServerBinder.dashboard(top.mapping("dashboard")),
        StorageBinder.store(top.mapping("store")),
        StorageBinder.redis(top.mapping("redis")),
        ClientKeyBinder.bind(top),
        RoutingBinder.limits(top.mapping("limits")),
        RoutingBinder.routing(top.mapping("routing")),
        ProviderBinder.bind(top),
        CatalogBinder.pricing(top.mapping("pricing")),
        StorageBinder.usage(top.mapping("usage")),
        CatalogBinder.catalog(top.mapping("catalog")),
        StorageBinder.relaySync(top.mapping("relay-sync")),
        ServerBinder.metrics(top.mapping("metrics")),
        context.file());
    top.finish();
    return config;
  }
}
