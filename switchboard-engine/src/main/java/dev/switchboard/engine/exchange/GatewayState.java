package dev.switchboard.engine.exchange;

import dev.switchboard.engine.access.ClientKeyDirectory;
import dev.switchboard.engine.config.ProviderConfig;
import dev.switchboard.engine.config.SwitchboardConfig;
import dev.switchboard.engine.credential.CredentialPool;
import dev.switchboard.engine.credential.SelectionStrategy;
import dev.switchboard.engine.provider.Provider;
import dev.switchboard.engine.provider.ProviderRegistry;
import dev.switchboard.engine.resilience.AttemptLoop;
import dev.switchboard.engine.route.RouteResolver;
import io.vertx.core.Vertx;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything the request path reads, built from one config: routes, credential pools, providers,
 * client keys and the attempt loop. Immutable once built; a reload builds a new one and swaps it in
 * atomically, so a request in flight keeps the state it started with.
 */
public record GatewayState(
    SwitchboardConfig config,
    RouteResolver routes,
    CredentialPool pool,
    Map<String, Provider> providers,
    ClientKeyDirectory keys,
    AttemptLoop attempts) {

  public static GatewayState build(SwitchboardConfig config, ProviderRegistry registry, Vertx vertx) {
    return build(config, registry, vertx, ClientKeyDirectory.fromConfig(config.clientKeys()));
  }

  /**
   * Builds the state over a client-key directory that outlives it (it also holds the stored keys):
   * the directory takes the config's {@code client-keys} and is shared by every state built so.
   */
  public static GatewayState build(SwitchboardConfig config, ProviderRegistry registry, Vertx vertx,
      ClientKeyDirectory keys) {
    keys.useConfig(config.clientKeys());
    Map<String, Provider> providers = new LinkedHashMap<>();
    for (ProviderConfig p : config.providers()) {
      providers.put(p.id(), registry.create(p, vertx));
    }
    CredentialPool pool = new CredentialPool(config.providers(), SelectionStrategy.of(config.routing().strategy()));
    return new GatewayState(
        config,
        new RouteResolver(config.providers(), config.routing().fallbacks()),
        pool,
        Map.copyOf(providers),
        keys,
        new AttemptLoop(pool, config.routing().retry()));
  }
}
