package dev.switchboard.server.http.inbound;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.function.BooleanSupplier;

/**
 * {@code GET /health} (liveness: the process answers) and {@code GET /health/ready} (readiness:
 * config loaded and not shutting down; 503 otherwise, so a load balancer stops sending traffic).
 */
public final class HealthHandler implements Handler<RoutingContext> {

  private final BooleanSupplier ready;

  public HealthHandler(BooleanSupplier ready) {
    this.ready = ready;
  }

  public static Handler<RoutingContext> liveness() {
    return ctx -> ctx.response().putHeader("content-type", "application/json").end("{\"status\":\"ok\"}");
  }

  @Override
  public void handle(RoutingContext ctx) {
    boolean ok = ready.getAsBoolean();
    ctx.response().setStatusCode(ok ? 200 : 503).putHeader("content-type", "application/json")
        .end(ok ? "{\"status\":\"ready\"}" : "{\"status\":\"unavailable\"}");
  }
}
