package dev.switchboard.server.http.admin;

import dev.switchboard.engine.usage.UsageRecord;
import java.math.BigDecimal;
import java.time.Instant;

/** Usage records for the admin tests, as the request path will hand them to the writer. */
final class UsageRecords {

  private UsageRecords() {}

  static UsageRecord record(String id, Instant at, String key, String model, BigDecimal cost) {
    return new UsageRecord(id, at, key,
        new UsageRecord.Request("openai_chat", model, UsageRecord.Delivery.STREAM),
        new UsageRecord.Served(model.startsWith("claude") ? "anthropic" : "openai", 1, model + "-2026", 1),
        cost == null && model.startsWith("free") ? new UsageRecord.Result("rate_limited", 429)
            : new UsageRecord.Result(UsageRecord.OK, 200),
        new UsageRecord.Tokens(100, 50, 10, 5, UsageRecord.TokenSource.UPSTREAM),
        cost, new UsageRecord.Latency(12L, 340));
  }
}
