package dev.switchboard.engine.usage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sums a batch of usage records into hourly rollup increments (one per hour, key, requested model
 * and provider), so a batch of 500 records costs a handful of rollup upserts, not 500.
 */
public final class Rollups {

  private static final long HOUR = 3600;

  private Rollups() {}

  public static List<HourlyRollup> of(List<UsageRecord> records) {
    Map<List<Object>, HourlyRollup> sums = new LinkedHashMap<>();
    for (UsageRecord r : records) {
      HourlyRollup one = single(r);
      List<Object> key = List.of(one.hourStart(), one.keyId(), one.model(), one.provider());
      sums.merge(key, one, Rollups::add);
    }
    return new ArrayList<>(sums.values());
  }

  /** The UTC hour (epoch second of its start) an instant falls in. */
  public static long hourOf(Instant t) {
    return Math.floorDiv(t.getEpochSecond(), HOUR) * HOUR;
  }

  private static HourlyRollup single(UsageRecord r) {
    UsageRecord.Tokens t = r.tokens();
    Long cost = NanoUsd.ofNullable(r.costUsd());
    return new HourlyRollup(hourOf(r.time()), text(r.keyId()), text(r.request().requestedModel()),
        text(r.served().providerId()), 1, r.result().ok() ? 0 : 1, t.input(), t.output(), t.cached(),
        t.reasoning(), cost == null ? 0 : cost, cost == null ? 1 : 0);
  }

  private static HourlyRollup add(HourlyRollup a, HourlyRollup b) {
    return new HourlyRollup(a.hourStart(), a.keyId(), a.model(), a.provider(), a.requests() + b.requests(),
        a.failures() + b.failures(), a.inputTokens() + b.inputTokens(), a.outputTokens() + b.outputTokens(),
        a.cachedTokens() + b.cachedTokens(), a.reasoningTokens() + b.reasoningTokens(),
        a.costNanoUsd() + b.costNanoUsd(), a.unpricedRequests() + b.unpricedRequests());
  }

  private static String text(String s) {
    return s == null ? "" : s;
  }
}
