package dev.switchboard.server.app;

import dev.switchboard.engine.config.SwitchboardConfig;
import dev.switchboard.engine.exchange.GatewayState;
import dev.switchboard.engine.provider.ProviderRegistry;
import dev.switchboard.engine.exchange.ExchangeAccounting;
import dev.switchboard.engine.limit.BudgetLedger;
import dev.switchboard.engine.limit.RequestLimiter;
import dev.switchboard.engine.metrics.GatewayMetrics;
import dev.switchboard.engine.tokens.TokenEstimator;
import dev.switchboard.server.http.HttpServerVerticle;
import dev.switchboard.server.http.HttpServices;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds the gateway state from a config, deploys one HTTP verticle per
 * core, and stops gracefully (readiness goes false, in-flight requests drain, then Vert.x closes).
 * {@link #apply} swaps in a new config atomically.
 */
public final class SwitchboardServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SwitchboardServer.class);
  private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(35);

  private final Vertx vertx;
  private final AtomicReference<GatewayState> state;
  private final ProviderRegistry registry;
  private final AtomicBoolean ready;
  private final int port;

  private SwitchboardServer(Vertx vertx, AtomicReference<GatewayState> state, AtomicBoolean ready, int port) {
    this.vertx = vertx;
    this.state = state;
    this.registry = ProviderRegistry.builtIns();
    this.ready = ready;
    this.port = port;
  }

  /** Starts the server and blocks until it listens (or throws when it cannot). */
  public static SwitchboardServer start(SwitchboardConfig config) throws Exception {
    Vertx vertx = Vertx.vertx(new VertxOptions().setPreferNativeTransport(true));
    ProviderRegistry registry = ProviderRegistry.builtIns();
    try {
      AtomicReference<GatewayState> state = new AtomicReference<>(GatewayState.build(config, registry, vertx));
      AtomicBoolean ready = new AtomicBoolean(true);
      HttpServices services = new HttpServices(accounting(), ready::get, config.server().maxBodyBytes());
      List<HttpServerVerticle> instances = new CopyOnWriteArrayList<>();
      int n = Math.max(1, Runtime.getRuntime().availableProcessors());
      vertx.deployVerticle(() -> {
        HttpServerVerticle v = new HttpServerVerticle(state::get, config.server(), services);
        instances.add(v);
        return v;
      }, new DeploymentOptions().setInstances(n))
          .toCompletionStage().toCompletableFuture().get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      return new SwitchboardServer(vertx, state, ready, instances.get(0).actualPort());
    } catch (Exception e) {
      vertx.close();
      throw e;
    }
  }

  /** Limits, budgets and metrics: one set per process, outliving reloads. */
  private static ExchangeAccounting accounting() {
    InstantSource clock = InstantSource.system();
    return new ExchangeAccounting(new RequestLimiter(clock), new BudgetLedger(clock), new GatewayMetrics(),
        TokenEstimator.shared());
  }

  public int port() {
    return port;
  }

  public Vertx vertx() {
    return vertx;
  }

  public GatewayState state() {
    return state.get();
  }

  /** Replaces the running config atomically; requests in flight finish with the old state. */
  public void apply(SwitchboardConfig config) {
    state.set(GatewayState.build(config, registry, vertx));
  }

  /** Drains in-flight requests (up to about 35 s) and stops. */
  @Override
  public void close() {
    ready.set(false);
    try {
      vertx.close().toCompletionStage().toCompletableFuture().get(DRAIN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (Exception e) {
      LOG.warn("shutdown did not finish cleanly: {}", e.toString());
    }
  }
}
