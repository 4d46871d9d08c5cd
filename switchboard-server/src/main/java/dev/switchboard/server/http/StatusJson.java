package dev.switchboard.server.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.engine.config.ProviderConfig;
import dev.switchboard.engine.exchange.GatewayState;
import dev.switchboard.engine.resilience.CredentialStatus;
import dev.switchboard.engine.resilience.ProviderStatus;
import dev.switchboard.engine.resilience.QuotaStatus;
import dev.switchboard.translate.Json;
import java.time.Instant;
import java.util.Locale;

/**
 * The JSON views of provider health shared by {@code GET /v1/status} and the admin endpoints:
 * per provider and credential the breaker state, cooldown end, last failure, counts and upstream
 * limits. Credentials appear by index only; no secret is ever written.
 */
public final class StatusJson {

  private StatusJson() {}

  /** Every provider with its credentials' health. */
  public static ArrayNode providers(GatewayState state) {
    ArrayNode out = Json.array();
    for (ProviderStatus p : state.health().providers()) {
      ProviderConfig cfg = state.config().provider(p.providerId());
      ObjectNode o = out.addObject().put("id", p.providerId());
      if (cfg != null) {
        o.put("type", cfg.type()).put("priority", cfg.priority());
      }
      ArrayNode creds = o.putArray("credentials");
      p.credentials().forEach(c -> credential(creds.addObject(), c));
    }
    return out;
  }

  /** The quota-fallback state per provider and model. */
  public static ArrayNode quota(GatewayState state) {
    ArrayNode out = Json.array();
    for (QuotaStatus q : state.health().quota()) {
      out.addObject().put("provider", q.providerId()).put("model", q.model()).put("remaining", q.remaining())
          .put("source", q.source().name().toLowerCase(Locale.ROOT)).put("at", text(q.at())).put("low", q.low());
    }
    return out;
  }

  private static void credential(ObjectNode o, CredentialStatus c) {
    o.put("index", c.index())
        .put("state", c.state().name().toLowerCase(Locale.ROOT))
        .put("cooldown_until", text(c.openUntil()))
        .put("last_failure", c.lastFailure() == null ? null : c.lastFailure().name().toLowerCase(Locale.ROOT))
        .put("last_failure_at", text(c.lastFailureAt()))
        .put("consecutive_failures", c.consecutiveFailures())
        .put("successes", c.successes())
        .put("failures", c.failures())
        .put("requests_this_minute", c.requestsThisMinute())
        .put("requests_today", c.requestsToday())
        .put("rpm", c.rpm())
        .put("rpd", c.rpd());
  }

  private static String text(Instant t) {
    return t == null ? null : t.toString();
  }
}
