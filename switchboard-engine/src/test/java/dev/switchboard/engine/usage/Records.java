package dev.switchboard.engine.usage;

import java.math.BigDecimal;
import java.time.Instant;

/** Usage records for tests: a successful or failed request with the given tokens and cost. */
public final class Records {

  private Records() {}

  public static UsageRecord ok(String id, Instant at, String key, String model, BigDecimal cost) {
    return new UsageRecord(id, at, key,
        new UsageRecord.Request("openai_chat", model, UsageRecord.Delivery.COMPLETE),
        new UsageRecord.Served("mock", 0, model + "-up", 1),
        new UsageRecord.Result(UsageRecord.OK, 200),
        new UsageRecord.Tokens(10, 20, 3, 4, UsageRecord.TokenSource.UPSTREAM),
        cost, new UsageRecord.Latency(5L, 50));
  }

  public static UsageRecord failed(String id, Instant at, String key, String model) {
    return new UsageRecord(id, at, key,
        new UsageRecord.Request("anthropic_messages", model, UsageRecord.Delivery.STREAM),
        new UsageRecord.Served(null, null, null, 3),
        new UsageRecord.Result("rate_limited", 429),
        UsageRecord.Tokens.NONE, null, new UsageRecord.Latency(null, 120));
  }
}
