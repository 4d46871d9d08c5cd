package dev.switchboard.server.http;

import dev.switchboard.engine.exchange.Gateway;
import dev.switchboard.engine.metrics.GatewayMetrics;
import dev.switchboard.translate.canonical.ApiError;
import dev.switchboard.translate.canonical.ErrorType;
import dev.switchboard.translate.format.Format;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * {@code GET /metrics}: the Prometheus text exposition. Open unless {@code metrics.auth: true}, then
 * it takes the admin key ({@code Authorization: Bearer} or {@code x-api-key}), compared in constant time.
 */
final class MetricsHandler implements Handler<RoutingContext> {

  private final Gateway gateway;
  private final GatewayMetrics metrics;

  MetricsHandler(Gateway gateway, GatewayMetrics metrics) {
    this.gateway = gateway;
    this.metrics = metrics;
  }

  @Override
  public void handle(RoutingContext ctx) {
    var config = gateway.state().config();
    if (config.metrics().auth()) {
      String admin = config.admin().key();
      String presented = ClientKeys.presented(ctx.request());
      if (admin == null || admin.isBlank() || presented == null
          || !MessageDigest.isEqual(admin.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8))) {
        ErrorRenderer.render(ctx.response(), Format.OPENAI_CHAT, new ApiError(401, ErrorType.AUTHENTICATION,
            "metrics require the admin key (metrics.auth is true)"));
        return;
      }
    }
    ctx.response().putHeader("content-type", "text/plain; version=0.0.4; charset=utf-8").end(metrics.scrape());
  }
}
