package dev.switchboard.server.http.admin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.engine.config.ConfigRedactor;
import dev.switchboard.engine.config.ProviderConfig;
import dev.switchboard.engine.exchange.GatewayState;
import dev.switchboard.server.http.StatusJson;
import dev.switchboard.translate.Json;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET /admin/providers} (providers with redacted credentials, health, cooldowns and quota),
 * {@code GET /admin/fallback} (quota-fallback state per model), {@code GET /admin/config} (the
 * effective config, every secret redacted), {@code POST /admin/reload} and {@code GET /admin/models}.
 */
final class GatewayAdminHandler {

  private final GatewayAdmin admin;

  GatewayAdminHandler(GatewayAdmin admin) {
    this.admin = admin;
  }

  void providers(RoutingContext ctx) {
    GatewayState state = admin.state().get();
    ArrayNode health = StatusJson.providers(state);
    ArrayNode out = Json.array();
    for (ProviderConfig p : state.config().providers()) {
      ObjectNode o = out.addObject().put("id", p.id()).put("type", p.type()).put("base_url", p.baseUrl())
          .put("priority", p.priority()).put("prefix", p.prefix()).put("rpm", p.rpm()).put("rpd", p.rpd())
          .put("passthrough", p.passthrough());
      ArrayNode models = o.putArray("models");
      if (p.models() != null) {
        p.models().forEach(m -> models.add(m.name()));
      }
      health.forEach(h -> {
        if (h.path("id").asText().equals(p.id())) {
          o.set("credentials", h.get("credentials"));
        }
      });
    }
    ObjectNode body = Json.object();
    body.set("data", out);
    body.set("quota", StatusJson.quota(state));
    AdminReplies.json(ctx, 200, body);
  }

  void fallback(RoutingContext ctx) {
    GatewayState state = admin.state().get();
    ObjectNode body = Json.object().put("threshold", state.config().routing().quotaFallback().threshold())
        .put("poll_interval_seconds", state.config().routing().quotaFallback().pollInterval().toSeconds());
    body.set("data", StatusJson.quota(state));
    AdminReplies.json(ctx, 200, body);
  }

  void config(RoutingContext ctx) {
    AdminReplies.json(ctx, 200, new ConfigRedactor().redact(admin.state().get().config()));
  }

  void reload(RoutingContext ctx) {
    admin.reload().reload().onComplete(ar -> {
      if (ar.failed()) {
        AdminReplies.failure(ctx, ar.cause());
        return;
      }
      ConfigReload.Report r = ar.result();
      int status = "rejected".equals(r.status()) ? 400 : 200;
      AdminReplies.json(ctx, status, Json.object().put("status", r.status()).put("message", r.message()));
    });
  }

  void models(RoutingContext ctx) {
    AdminReplies.json(ctx, 200, ModelsView.of(admin.state().get()));
  }
}
