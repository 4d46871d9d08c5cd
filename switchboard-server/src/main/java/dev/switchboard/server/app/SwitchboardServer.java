package dev.switchboard.server.app;

import dev.switchboard.engine.access.ClientKeyDirectory;
import dev.switchboard.engine.config.SwitchboardConfig;
import dev.switchboard.engine.exchange.GatewayState;
import dev.switchboard.engine.provider.ProviderRegistry;
import dev.switchboard.server.http.HttpServerVerticle;
import dev.switchboard.server.http.admin.AdminServices;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds the gateway state from a config, deploys one HTTP verticle per
 * core, opens the store (keys, usage, counters) and stops gracefully (readiness goes false, in-flight
 * requests drain, Vert.x closes, then the usage writer flushes and the store closes).
 * {@link #apply} swaps in a new config atomically.
 */
public final class SwitchboardServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SwitchboardServer.class);
  private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(35);

  private final Vertx vertx;
  private final AtomicReference<GatewayState> state;
  private final ProviderRegistry registry;
  private final AtomicBoolean ready = new AtomicBoolean(true);
  private final ClientKeyDirectory keys;
  private final StoreRuntime store;
  private int port;

  private SwitchboardServer(Vertx vertx, AtomicReference<GatewayState> state, ClientKeyDirectory keys,
      StoreRuntime store) {
    this.vertx = vertx;
    this.state = state;
    this.registry = ProviderRegistry.builtIns();
    this.keys = keys;
    this.store = store;
  }

  /** Starts the server and blocks until it listens (or throws when it cannot). */
  public static SwitchboardServer start(SwitchboardConfig config) throws Exception {
    Vertx vertx = Vertx.vertx(new VertxOptions().setPreferNativeTransport(true));
    ProviderRegistry registry = ProviderRegistry.builtIns();
    StoreRuntime store = null;
    try {
      ClientKeyDirectory keys = ClientKeyDirectory.fromConfig(config.clientKeys());
      AtomicReference<GatewayState> state = new AtomicReference<>(GatewayState.build(config, registry, vertx, keys));
      store = StoreRuntime.open(config, keys, () -> state.get().config());
      SwitchboardServer server = new SwitchboardServer(vertx, state, keys, store);
      AdminServices admin = new AdminServices(store.keys(), store.usage(), () -> state.get().config().admin(),
          vertx.createSharedWorkerExecutor("switchboard-admin", 4));
      List<HttpServerVerticle> instances = new CopyOnWriteArrayList<>();
      int n = Math.max(1, Runtime.getRuntime().availableProcessors());
      vertx.deployVerticle(() -> {
        HttpServerVerticle v = new HttpServerVerticle(state::get, config.server(), server.ready::get, admin);
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

  public int port() {
    return port;
  }

  public Vertx vertx() {
    return vertx;
  }

  public GatewayState state() {
    return state.get();
  }

  /** The store's runtime: key registry, usage writer ({@code store().writer().accept(record)}), counters. */
  public StoreRuntime store() {
    return store;
  }

  /** Replaces the running config atomically; requests in flight finish with the old state. */
  public void apply(SwitchboardConfig config) {
    state.set(GatewayState.build(config, registry, vertx, keys));
  }

  /** Drains in-flight requests (up to about 35 s), writes the pending usage and stops. */
  @Override
  public void close() {
    ready.set(false);
    try {
      vertx.close().toCompletionStage().toCompletableFuture().get(DRAIN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (Exception e) {
      LOG.warn("shutdown did not finish cleanly: {}", e.toString());
    } finally {
      store.close();
    }
  }
}
