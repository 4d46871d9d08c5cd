package dev.switchboard.engine.exchange;

import dev.switchboard.engine.access.ClientKeyDirectory;
import dev.switchboard.engine.config.ProviderConfig;
import dev.switchboard.engine.config.SwitchboardConfig;
import dev.switchboard.engine.credential.Credential;
import dev.switchboard.engine.credential.CredentialPool;
import dev.switchboard.engine.credential.SelectionStrategy;
import dev.switchboard.engine.provider.HttpProvider;
import dev.switchboard.engine.provider.Provider;
import dev.switchboard.engine.provider.ProviderRegistry;
import dev.switchboard.engine.resilience.AttemptLoop;
import dev.switchboard.engine.resilience.CooldownPolicy;
import dev.switchboard.engine.resilience.Delays;
import dev.switchboard.engine.resilience.HealthGate;
import dev.switchboard.engine.resilience.QuotaPoller;
import dev.switchboard.engine.resilience.ResilienceState;
import dev.switchboard.engine.route.RouteResolver;
import io.vertx.core.Vertx;
import dev.switchboard.engine.pricing.CostCalculator;
import dev.switchboard.engine.pricing.PriceBook;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the request path reads, built from one config: routes, credential pools, providers,
 * client keys, the attempt loop and the health gate. Immutable once built; a reload builds a new
 * one and swaps it in atomically, so a request in flight keeps the state it started with.
 * Cooldowns, upstream request counters and quota readings live in the {@link ResilienceState}
 * shared by every state built on the same Vert.x, so a reload keeps them for unchanged credentials.
 * {@link #health()} serves the status pages ({@code providers()}, {@code quota()}); {@link #costs()}
 * prices usage with the built-in catalog and {@code pricing.overrides}.
 */
public record GatewayState(
    SwitchboardConfig config,
    RouteResolver routes,
    CredentialPool pool,
    Map<String, Provider> providers,
    ClientKeyDirectory keys,
    AttemptLoop attempts,
    HealthGate health,
    CostCalculator costs) {

  public static GatewayState build(SwitchboardConfig config, ProviderRegistry registry, Vertx vertx) {
    return build(config, registry, vertx,
        new Shared(ClientKeyDirectory.fromConfig(config.clientKeys()), ResilienceState.of(vertx)));
  }

  /**
   * What outlives a state across reloads: the client-key directory (it also holds the stored keys;
   * it takes each config's {@code client-keys}) and the resilience state (cooldowns, counters, quota).
   */
  public record Shared(ClientKeyDirectory keys, ResilienceState resilience) {}

  /** Builds a state over shared parts that outlive it (tests pass a resilience state with a controlled clock). */
  public static GatewayState build(SwitchboardConfig config, ProviderRegistry registry, Vertx vertx, Shared parts) {
    ClientKeyDirectory keys = parts.keys();
    ResilienceState shared = parts.resilience();
    keys.useConfig(config.clientKeys());
    Map<String, Provider> providers = new LinkedHashMap<>();
    for (ProviderConfig p : config.providers()) {
      providers.put(p.id(), registry.create(p, vertx));
    }
    shared.policy(new CooldownPolicy(config.routing().cooldown()));
    HealthGate health = new HealthGate(shared, config.providers(), config.routing().quotaFallback());
    CredentialPool pool = new CredentialPool(config.providers(), SelectionStrategy.of(config.routing().strategy()),
        health);
    health.pool(pool);
    if (shared.poller() != null) {
      shared.poller().sync(pollTargets(config, providers, pool));
    }
    return new GatewayState(
        config,
        new RouteResolver(config.providers(), config.routing().fallbacks()),
        pool,
        Map.copyOf(providers),
        keys,
        new AttemptLoop(pool, config.routing().retry(), health, Delays.of(vertx)),
        health,
        new CostCalculator(PriceBook.builtIn(config.pricing())));
  }

  private static List<QuotaPoller.Target> pollTargets(SwitchboardConfig config, Map<String, Provider> providers,
                                                       CredentialPool pool) {
    List<QuotaPoller.Target> out = new ArrayList<>();
    for (Provider p : providers.values()) {
      String url = p.config().quotaUrl();
      if (url == null || url.isBlank()) {
        continue;
      }
      Map<String, String> headers = new HashMap<>(p.config().headers());
      List<Credential> creds = pool.credentials(p.id());
      if (p instanceof HttpProvider http && !creds.isEmpty()) {
        http.authorize(headers, creds.get(0), Map.of());
      }
      out.add(new QuotaPoller.Target(p.id(), url, headers, config.routing().quotaFallback().pollInterval()));
    }
    return out;
  }
}
