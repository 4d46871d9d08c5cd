package dev.switchboard.bench;

import dev.switchboard.engine.config.ConfigLoader;
import dev.switchboard.engine.config.SwitchboardConfig;
import dev.switchboard.engine.route.RouteResolver;
import java.nio.file.Path;
import java.util.Map;

/**
 * The routing config of the benchmarks (20 providers, {@code bench/routing-config.yaml}) loaded by
 * the real {@link ConfigLoader}, and the {@link RouteResolver} the gateway builds from it.
 */
public record RoutingFixture(SwitchboardConfig config, RouteResolver routes) {

  public static RoutingFixture load() {
    SwitchboardConfig config = new ConfigLoader().parse(Fixtures.routingConfig(),
        Path.of("routing-config.yaml"), Map.of());
    return new RoutingFixture(config,
        new RouteResolver(config.providers(), config.routing().fallbacks()));
  }
}
