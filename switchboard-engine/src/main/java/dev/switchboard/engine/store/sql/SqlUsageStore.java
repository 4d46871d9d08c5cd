package dev.switchboard.engine.store.sql;

import dev.switchboard.engine.store.LogQuery;
import dev.switchboard.engine.store.UsageQuery;
import dev.switchboard.engine.store.UsageRow;
import dev.switchboard.engine.store.UsageStore;
import dev.switchboard.engine.store.UsageTotals;
import dev.switchboard.engine.usage.HourlyRollup;
import dev.switchboard.engine.usage.Rollups;
import dev.switchboard.engine.usage.UsageRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Usage in {@code usage_records} and {@code usage_hourly}. A batch is one transaction: the records,
 * the rollup increments (an upsert that adds to the hour's row) and the keys' {@code last_used_at}.
 * Retention deletes records in chunks of {@value #PRUNE_CHUNK}.
 */
final class SqlUsageStore implements UsageStore {

  static final int PRUNE_CHUNK = 10_000;
  private static final String UPSERT_ROLLUP = "INSERT INTO usage_hourly (hour_start, key_id, model, provider, "
      + "requests, failures, input_tokens, output_tokens, cached_tokens, reasoning_tokens, cost_nano_usd, "
      + "unpriced_requests) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
      + "ON CONFLICT (hour_start, key_id, model, provider) DO UPDATE SET "
      + "requests = usage_hourly.requests + excluded.requests, "
      + "failures = usage_hourly.failures + excluded.failures, "
      + "input_tokens = usage_hourly.input_tokens + excluded.input_tokens, "
      + "output_tokens = usage_hourly.output_tokens + excluded.output_tokens, "
      + "cached_tokens = usage_hourly.cached_tokens + excluded.cached_tokens, "
      + "reasoning_tokens = usage_hourly.reasoning_tokens + excluded.reasoning_tokens, "
      + "cost_nano_usd = usage_hourly.cost_nano_usd + excluded.cost_nano_usd, "
      + "unpriced_requests = usage_hourly.unpriced_requests + excluded.unpriced_requests";
  private static final String TOUCH_KEY =
      "UPDATE client_keys SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL OR last_used_at < ?)";

  private final SqlRunner sql;
  private final UsageReads reads;

  SqlUsageStore(SqlRunner sql) {
    this.sql = sql;
    this.reads = new UsageReads(sql);
  }

  @Override
  public void write(List<UsageRecord> records, List<HourlyRollup> rollups) {
    if (records.isEmpty()) {
      return;
    }
    sql.transaction(c -> {
      insertRecords(c, records);
      upsertRollups(c, rollups);
      touchKeys(c, records);
      return null;
    });
  }

  @Override
  public List<UsageRow> usage(UsageQuery query) {
    return reads.usage(query);
  }

  @Override
  public Map<String, UsageTotals> totalsByKey() {
    return reads.totalsByKey();
  }

  @Override
  public List<UsageRecord> logs(LogQuery query) {
    return reads.logs(query);
  }

  @Override
  public long pruneBefore(Instant cutoff) {
    long cutoffMs = cutoff.toEpochMilli();
    long deleted = 0;
    while (true) {
      Long edge = sql.read(c -> chunkEdge(c, cutoffMs));
      long n = sql.transaction(c -> deleteUpTo(c, edge == null ? cutoffMs - 1 : edge));
      deleted += n;
      if (edge == null) {
        break;
      }
    }
    long lastFullHour = Rollups.hourOf(cutoff) - 3600;
    sql.transaction(c -> {
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM usage_hourly WHERE hour_start <= ?")) {
        ps.setLong(1, lastFullHour);
        return ps.executeUpdate();
      }
    });
    return deleted;
  }

  private static void insertRecords(Connection c, List<UsageRecord> records) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(UsageColumns.INSERT)) {
      for (UsageRecord r : records) {
        UsageColumns.bind(ps, r);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static void upsertRollups(Connection c, List<HourlyRollup> rollups) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(UPSERT_ROLLUP)) {
      for (HourlyRollup r : rollups) {
        ps.setLong(1, r.hourStart());
        ps.setString(2, r.keyId());
        ps.setString(3, r.model());
        ps.setString(4, r.provider());
        ps.setLong(5, r.requests());
        ps.setLong(6, r.failures());
        ps.setLong(7, r.inputTokens());
        ps.setLong(8, r.outputTokens());
        ps.setLong(9, r.cachedTokens());
        ps.setLong(10, r.reasoningTokens());
        ps.setLong(11, r.costNanoUsd());
        ps.setLong(12, r.unpricedRequests());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static void touchKeys(Connection c, List<UsageRecord> records) throws SQLException {
    Map<String, Long> last = new HashMap<>();
    for (UsageRecord r : records) {
      if (r.keyId() != null) {
        last.merge(r.keyId(), r.time().toEpochMilli(), Math::max);
      }
    }
    try (PreparedStatement ps = c.prepareStatement(TOUCH_KEY)) {
      for (Map.Entry<String, Long> e : last.entrySet()) {
        ps.setLong(1, e.getValue());
        ps.setString(2, e.getKey());
        ps.setLong(3, e.getValue());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** The time of the {@value #PRUNE_CHUNK}th oldest prunable record, or null when fewer remain. */
  private static Long chunkEdge(Connection c, long cutoffMs) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT ts_ms FROM usage_records WHERE ts_ms < ? ORDER BY ts_ms LIMIT 1 OFFSET " + (PRUNE_CHUNK - 1))) {
      ps.setLong(1, cutoffMs);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : null;
      }
    }
  }

  private static long deleteUpTo(Connection c, long lastMs) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM usage_records WHERE ts_ms <= ?")) {
      ps.setLong(1, lastMs);
      return ps.executeUpdate();
    }
  }
}
