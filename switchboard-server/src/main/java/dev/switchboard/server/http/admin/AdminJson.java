package dev.switchboard.server.http.admin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.engine.access.ListedKey;
import dev.switchboard.engine.store.KeyLimits;
import dev.switchboard.engine.store.KeyState;
import dev.switchboard.engine.store.StoredKey;
import dev.switchboard.engine.store.UsageTotals;
import dev.switchboard.engine.usage.UsageRecord;
import dev.switchboard.translate.Json;
import java.time.Instant;
import java.util.Locale;

/**
 * The admin API's JSON shapes: a client key (never its secret or hash), usage totals (cost null
 * when nothing was priced, with the unpriced count beside it) and a request-log entry.
 */
final class AdminJson {

  private AdminJson() {}

  static ObjectNode key(ListedKey listed, UsageTotals usage) {
    StoredKey k = listed.key();
    KeyLimits l = k.limits();
    ObjectNode o = Json.object().put("id", k.id()).put("object", "client_key").put("name", k.name())
        .put("prefix", k.prefix()).put("enabled", k.state() == KeyState.ENABLED)
        .put("source", listed.source().name().toLowerCase(Locale.ROOT));
    o.put("rpm", l.rpm()).put("rpd", l.rpd()).put("tpm", l.tpm()).put("budget_usd", l.budgetUsd());
    o.put("budget_period", l.budgetPeriod() == null ? null : l.budgetPeriod().name().toLowerCase(Locale.ROOT));
    ArrayNode models = o.putArray("models");
    k.models().forEach(models::add);
    o.put("created_at", time(k.createdAt())).put("last_used_at", time(k.lastUsedAt()));
    if (usage != null) {
      UsageTotals u = usage;
      o.putObject("usage").put("requests", u.requests()).put("input_tokens", u.inputTokens())
          .put("output_tokens", u.outputTokens()).put("cost_usd", u.costUsd())
          .put("unpriced_requests", u.unpricedRequests());
    }
    return o;
  }

  /** Totals into {@code o}: requests, failures, token counts, cost (null: none priced), unpriced count. */
  static ObjectNode totals(ObjectNode o, UsageTotals t) {
    return o.put("requests", t.requests()).put("failures", t.failures()).put("input_tokens", t.inputTokens())
        .put("output_tokens", t.outputTokens()).put("cached_tokens", t.cachedTokens())
        .put("reasoning_tokens", t.reasoningTokens()).put("cost_usd", t.costUsd())
        .put("unpriced_requests", t.unpricedRequests());
  }

  static ObjectNode record(UsageRecord r) {
    ObjectNode o = Json.object().put("request_id", r.requestId()).put("time", time(r.time()))
        .put("key_id", r.keyId()).put("format", r.request().inboundFormat())
        .put("model", r.request().requestedModel()).put("provider", r.served().providerId())
        .put("credential_index", r.served().credentialIndex()).put("upstream_model", r.served().upstreamModel())
        .put("attempts", r.served().attempts()).put("status", r.result().status())
        .put("http_status", r.result().httpStatus())
        .put("stream", r.request().delivery() == UsageRecord.Delivery.STREAM);
    UsageRecord.Tokens t = r.tokens();
    o.put("input_tokens", t.input()).put("output_tokens", t.output()).put("cached_tokens", t.cached())
        .put("reasoning_tokens", t.reasoning()).put("estimated", t.source() == UsageRecord.TokenSource.ESTIMATED)
        .put("cost_usd", r.costUsd()).put("latency_first_byte_ms", r.latency().firstByteMs())
        .put("latency_ms", r.latency().totalMs());
    return o;
  }

  static String time(Instant t) {
    return t == null ? null : t.toString();
  }
}
