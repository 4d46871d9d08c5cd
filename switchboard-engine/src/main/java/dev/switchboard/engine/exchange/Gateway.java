package dev.switchboard.engine.exchange;

import dev.switchboard.engine.credential.Candidate;
import dev.switchboard.engine.provider.HttpProvider;
import dev.switchboard.engine.provider.LocalProvider;
import dev.switchboard.engine.provider.Provider;
import dev.switchboard.engine.provider.UpstreamFailure;
import dev.switchboard.engine.route.RoutePlan;
import dev.switchboard.engine.upstream.UpstreamClient;
import dev.switchboard.translate.canonical.ApiError;
import dev.switchboard.translate.canonical.ErrorType;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.List;
import java.util.function.Supplier;

/**
 * The engine's entry point for a decoded client request: resolves the route plan, runs attempts
 * through the attempt loop (in process for the mock, over HTTP otherwise) and says how the
 * exchange ended. One per event loop (it owns that loop's upstream client); the state it reads is
 * shared and swapped atomically on reload.
 */
public final class Gateway {

  private final Supplier<GatewayState> state;
  private final Vertx vertx;
  private final UpstreamClient upstream;

  public Gateway(Supplier<GatewayState> state, Vertx vertx) {
    this.state = state;
    this.vertx = vertx;
    this.upstream = new UpstreamClient(vertx);
  }

  public GatewayState state() {
    return state.get();
  }

  /**
   * Serves the exchange. Complete answers come back as {@link Outcome.Json}; streams are written to
   * {@code channel} and end as {@link Outcome.Streamed}; errors before any byte was sent come back
   * as {@link Outcome.Failed}. Never fails the future.
   */
  public Future<Outcome> handle(Exchange exchange, ClientChannel channel) {
    GatewayState s = state.get();
    List<String> models = exchange.requestedModels();
    if (models.isEmpty()) {
      return failed(ApiError.invalidRequest("the request names no model: set 'model'"));
    }
    for (String m : models) {
      if (!exchange.caller().mayUse(m)) {
        return failed(new ApiError(403, ErrorType.PERMISSION, "this client key may not use model '" + m + "'"));
      }
    }
    RoutePlan plan = s.routes().plan(models);
    if (plan.isEmpty()) {
      String names = String.join("', '", models);
      return failed(new ApiError(404, ErrorType.NOT_FOUND, "model '" + names + "' is not served by this gateway",
          "model", "model_not_found"));
    }
    WatchedChannel watched = new WatchedChannel(channel);
    return s.attempts()
        .<Outcome>run(plan, c -> attempt(s, exchange, watched, c), exchange::recordAttempt, watched::left)
        .recover(err -> failed(err instanceof UpstreamFailure f ? f.error()
            : new ApiError(502, ErrorType.BAD_GATEWAY, "upstream attempt failed")));
  }

  private Future<Outcome> attempt(GatewayState s, Exchange exchange, ClientChannel channel, Candidate c) {
    Provider p = s.providers().get(c.target().providerId());
    exchange.beginAttempt(c.target().providerId(), c.target().upstreamModel());
    long keepalive = s.config().routing().streamKeepalive().toMillis();
    if (p instanceof LocalProvider local) {
      return new LocalAttempt(exchange, local, c.target()).run(channel, vertx, keepalive);
    }
    HttpAttempt a = new HttpAttempt(exchange, (HttpProvider) p, c, s);
    return a.run(upstream, channel, keepalive);
  }

  private static Future<Outcome> failed(ApiError e) {
    return Future.succeededFuture(new Outcome.Failed(e));
  }

  public Future<Void> close() {
    return upstream.close();
  }
}
