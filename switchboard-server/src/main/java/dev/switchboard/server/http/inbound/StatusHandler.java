package dev.switchboard.server.http.inbound;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.engine.exchange.Gateway;
import dev.switchboard.engine.exchange.GatewayState;
import dev.switchboard.server.http.ClientKeys;
import dev.switchboard.server.http.ErrorRenderer;
import dev.switchboard.server.http.StatusJson;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.ApiError;
import dev.switchboard.translate.canonical.ErrorType;
import dev.switchboard.translate.format.Format;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET /v1/status} (client key): per provider and credential the limits, request counts and
 * cooldowns, so a team can see why its requests go where they go.
 */
public final class StatusHandler implements Handler<RoutingContext> {

  private final Gateway gateway;

  public StatusHandler(Gateway gateway) {
    this.gateway = gateway;
  }

  @Override
  public void handle(RoutingContext ctx) {
    String key = ClientKeys.presented(ctx.request());
    GatewayState state = gateway.state();
    if (key == null || state.keys().lookup(key) == null) {
      ErrorRenderer.render(ctx.response(), Format.OPENAI_CHAT, new ApiError(401, ErrorType.AUTHENTICATION,
          key == null ? "missing client key" : "invalid client key", null, "invalid_api_key"));
      return;
    }
    ObjectNode body = Json.object().put("object", "status");
    body.set("providers", StatusJson.providers(state));
    body.set("quota", StatusJson.quota(state));
    ctx.response().putHeader("content-type", "application/json").end(Buffer.buffer(Json.writeBytes(body)));
  }
}
