package dev.switchboard.engine.store.sql;

import dev.switchboard.engine.store.CounterBucket;
import dev.switchboard.engine.store.CounterStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** Limit counters in {@code counters}, one row per counter and bucket. */
final class SqlCounterStore implements CounterStore {

  private final SqlRunner sql;

  SqlCounterStore(SqlRunner sql) {
    this.sql = sql;
  }

  @Override
  public List<CounterBucket> loadSince(long epochSecond) {
    return sql.read(c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT counter, bucket_start, hits FROM counters WHERE bucket_start >= ? ORDER BY counter, bucket_start")) {
        ps.setLong(1, epochSecond);
        try (ResultSet rs = ps.executeQuery()) {
          List<CounterBucket> out = new ArrayList<>();
          while (rs.next()) {
            out.add(new CounterBucket(rs.getString(1), rs.getLong(2), rs.getLong(3)));
          }
          return out;
        }
      }
    });
  }

  @Override
  public void upsert(List<CounterBucket> buckets) {
    if (buckets.isEmpty()) {
      return;
    }
    sql.transaction(c -> {
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO counters (counter, bucket_start, hits) "
          + "VALUES (?, ?, ?) ON CONFLICT (counter, bucket_start) DO UPDATE SET hits = excluded.hits")) {
        for (CounterBucket b : buckets) {
          ps.setString(1, b.counter());
          ps.setLong(2, b.bucketStart());
          ps.setLong(3, b.count());
          ps.addBatch();
        }
        return ps.executeBatch();
      }
    });
  }

  @Override
  public void pruneBefore(long epochSecond) {
    sql.transaction(c -> {
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM counters WHERE bucket_start < ?")) {
        ps.setLong(1, epochSecond);
        return ps.executeUpdate();
      }
    });
  }
}
