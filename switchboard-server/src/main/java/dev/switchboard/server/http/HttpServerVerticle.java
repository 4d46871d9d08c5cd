package dev.switchboard.server.http;

import dev.switchboard.engine.config.ServerConfig;
import dev.switchboard.engine.exchange.Gateway;
import dev.switchboard.engine.exchange.GatewayState;
import dev.switchboard.server.http.admin.AdminServices;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.PemKeyCertOptions;
import java.util.function.Supplier;

/**
 * One HTTP server instance on one event loop; the app deploys one per core, all sharing the port.
 * Each has its own {@link Gateway} (and so its own upstream connection pools on its loop) over the
 * shared, atomically swapped {@link GatewayState}.
 */
public final class HttpServerVerticle extends VerticleBase {

  private final Supplier<GatewayState> state;
  private final ServerConfig server;
  private final HttpServices services;
  private Gateway gateway;
  private HttpServer http;

  public HttpServerVerticle(Supplier<GatewayState> state, ServerConfig server, HttpServices services) {
    this.state = state;
    this.server = server;
    this.services = services;
  }

  @Override
  public Future<?> start() {
    gateway = new Gateway(state, vertx);
    HttpServerOptions options = new HttpServerOptions()
        .setHost(server.host())
        .setPort(server.port())
        .setTcpNoDelay(true)
        .setCompressionSupported(false)
        // Every response is written on its connection's event loop, so each connection can skip
        // the cross-thread write queue (a 4 KB array per connection: a fifth of a held stream's heap).
        .setStrictThreadMode(true)
        .setIdleTimeout(0);
    if (server.tls() != null) {
      options.setSsl(true).setKeyCertOptions(new PemKeyCertOptions()
          .setCertPath(server.tls().cert().toString()).setKeyPath(server.tls().key().toString()));
    }
    http = vertx.createHttpServer(options)
        .requestHandler(Routes.build(vertx, gateway, services));
    return http.listen();
  }

  /** The port actually bound (differs from the configured one when that was 0). */
  public int actualPort() {
    return http.actualPort();
  }

  @Override
  public Future<?> stop() {
    return http.shutdown().compose(v -> gateway.close());
  }
}
