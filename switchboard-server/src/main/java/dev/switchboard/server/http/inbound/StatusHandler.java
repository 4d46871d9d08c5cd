package dev.switchboard.server.http.inbound;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.engine.exchange.Gateway;
import dev.switchboard.engine.exchange.GatewayState;
import dev.switchboard.server.http.CallerAuth;
import dev.switchboard.server.http.StatusJson;
import dev.switchboard.translate.Json;
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
    GatewayState state = gateway.state();
    if (CallerAuth.authenticate(ctx, Format.OPENAI_CHAT, state.keys()) == null) {
      return;
    }
    ObjectNode body = Json.object().put("object", "status");
    body.set("providers", StatusJson.providers(state));
    body.set("quota", StatusJson.quota(state));
    ctx.response().putHeader("content-type", "application/json").end(Buffer.buffer(Json.writeBytes(body)));
  }
}
