package dev.switchboard.server.app;

import dev.switchboard.engine.access.ClientKeyDirectory;
import dev.switchboard.engine.config.SwitchboardConfig;
import dev.switchboard.engine.exchange.ExchangeAccounting;
import dev.switchboard.engine.exchange.GatewayState;
import dev.switchboard.engine.exchange.Ledgers;
import dev.switchboard.engine.limit.BudgetLedger;
import dev.switchboard.engine.limit.CounterCheckpoint;
import dev.switchboard.engine.limit.RequestLimiter;
import dev.switchboard.engine.metrics.GatewayMetrics;
import dev.switchboard.engine.provider.ProviderRegistry;
import dev.switchboard.engine.resilience.ResilienceState;
import dev.switchboard.engine.tokens.TokenEstimator;
import dev.switchboard.server.http.HttpServerVerticle;
import dev.switchboard.server.http.HttpServices;
import dev.switchboard.server.http.admin.AdminServices;
import dev.switchboard.server.http.admin.ConfigReload;
import dev.switchboard.server.http.admin.GatewayAdmin;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds the gateway state from a config, opens the store (keys, usage,
 * counters), restores the persisted counters, deploys one HTTP verticle per core, and stops
 * gracefully: readiness goes false, in-flight requests drain, Vert.x closes, then the counters are
 * saved, the usage writer flushes and the store closes. {@link #apply} swaps in a new config
 * atomically.
 */
public final class SwitchboardServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SwitchboardServer.class);
  private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(35);
  private static final Duration CHECKPOINT_EVERY = Duration.ofSeconds(5);
  private static final Duration WATCH_EVERY = Duration.ofSeconds(2);

  private final Vertx vertx;
  private final AtomicReference<GatewayState> state;
  private final ProviderRegistry registry = ProviderRegistry.builtIns();
  private final AtomicBoolean ready = new AtomicBoolean(true);
  private final GatewayState.Shared shared;
  private final StoreRuntime store;
  private CounterCheckpoint counters;
  private Optional<ConfigReloader> reloader = Optional.empty();
  private int port;

  private SwitchboardServer(Vertx vertx, AtomicReference<GatewayState> state, GatewayState.Shared shared,
                            StoreRuntime store) {
    this.vertx = vertx;
    this.state = state;
    this.shared = shared;
    this.store = store;
  }

  /** Starts the server and blocks until it listens (or throws when it cannot). */
  public static SwitchboardServer start(SwitchboardConfig config) throws Exception {
    Vertx vertx = Vertx.vertx(new VertxOptions().setPreferNativeTransport(true));
    LOG.info("network transport: {}", vertx.isNativeTransportEnabled() ? "epoll (native)"
        : "NIO (native epoll unavailable: " + vertx.unavailableNativeTransportCause() + ")");
    StoreRuntime store = null;
    try {
      ClientKeyDirectory keys = ClientKeyDirectory.fromConfig(config.clientKeys());
      GatewayState.Shared shared = new GatewayState.Shared(keys, ResilienceState.of(vertx));
      AtomicReference<GatewayState> state =
          new AtomicReference<>(GatewayState.build(config, ProviderRegistry.builtIns(), vertx, shared));
      store = StoreRuntime.open(config, keys, () -> state.get().config());
      SwitchboardServer server = new SwitchboardServer(vertx, state, shared, store);
      HttpServices services = server.services(config);
      List<HttpServerVerticle> instances = new CopyOnWriteArrayList<>();
      int n = Math.max(1, Runtime.getRuntime().availableProcessors());
      vertx.deployVerticle(() -> {
        HttpServerVerticle v = new HttpServerVerticle(state::get, config.server(), services);
        instances.add(v);
        return v;
      }, new DeploymentOptions().setInstances(n))
          .toCompletionStage().toCompletableFuture().get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      server.port = instances.get(0).actualPort();
      return server;
    } catch (Exception e) {
      vertx.close();
      if (store != null) {
        store.close();
      }
      throw e;
    }
  }

  /**
   * Limits, budgets, metrics and usage recording (one set per process, outliving reloads), with
   * their counters restored from the store and saved back every few seconds off the event loop.
   */
  private HttpServices services(SwitchboardConfig config) {
    InstantSource clock = InstantSource.system();
    Ledgers ledgers = new Ledgers(new RequestLimiter(clock), new BudgetLedger(clock));
    counters = new CounterCheckpoint(store.counters(),
        List.of(ledgers.requests(), ledgers.budgets(), new ResilienceCounters(shared.resilience())), clock);
    LOG.info("restored {} counter buckets", counters.restore());
    counters.prune();
    vertx.setPeriodic(CHECKPOINT_EVERY.toMillis(), id -> vertx.executeBlocking(counters::save, false)
        .onFailure(e -> LOG.warn("saving counters failed; retrying with the next save: {}", e.toString())));
    ExchangeAccounting accounting = new ExchangeAccounting(ledgers, new GatewayMetrics(), TokenEstimator.shared(),
        store.writer());
    reloader = ConfigReloader.forFile(this, config.source(), WATCH_EVERY);
    ConfigReload reload = reloader.isEmpty() ? ConfigReload.NONE : reloader.get()::reloadReport;
    AdminServices admin = new AdminServices(store.keys(), store.usage(), () -> state.get().config().admin(),
        vertx.createSharedWorkerExecutor("switchboard-admin", 4), new GatewayAdmin(state::get, reload));
    return new HttpServices(accounting, ready::get, config.server().maxBodyBytes(), admin);
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

  /**
   * The reloader of the config file this server was started from (watching it for changes), or
   * empty when it was started from a built-in config (the demo).
   */
  public Optional<ConfigReloader> reloader() {
    return reloader;
  }

  /** The store's runtime: key registry, usage writer, counters. */
  public StoreRuntime store() {
    return store;
  }

  /** Replaces the running config atomically; requests in flight finish with the old state. */
  public void apply(SwitchboardConfig config) {
    state.set(GatewayState.build(config, registry, vertx, shared));
  }

  /** Drains in-flight requests (up to about 35 s), saves counters, writes the pending usage and stops. */
  @Override
  public void close() {
    ready.set(false);
    try {
      vertx.close().toCompletionStage().toCompletableFuture().get(DRAIN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (Exception e) {
      LOG.warn("shutdown did not finish cleanly: {}", e.toString());
    } finally {
      saveCounters();
      store.close();
    }
  }

  private void saveCounters() {
    try {
      counters.save();
    } catch (RuntimeException e) {
      LOG.warn("saving counters at shutdown failed: {}", e.toString());
    }
  }
}
