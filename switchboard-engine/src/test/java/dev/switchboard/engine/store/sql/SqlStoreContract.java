package dev.switchboard.engine.store.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.engine.config.BudgetPeriod;
import dev.switchboard.engine.store.CounterBucket;
import dev.switchboard.engine.store.Grouping;
import dev.switchboard.engine.store.KeyLimits;
import dev.switchboard.engine.store.KeyState;
import dev.switchboard.engine.store.LogCursor;
import dev.switchboard.engine.store.LogQuery;
import dev.switchboard.engine.store.StoreException;
import dev.switchboard.engine.store.StoredKey;
import dev.switchboard.engine.store.UsageQuery;
import dev.switchboard.engine.store.UsageRow;
import dev.switchboard.engine.store.UsageTotals;
import dev.switchboard.engine.usage.Records;
import dev.switchboard.engine.usage.Rollups;
import dev.switchboard.engine.usage.UsageRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The repository behaviour every database must show; run on SQLite ({@link SqlStoreTest}) and on
 * PostgreSQL ({@link SqlStorePostgresTest}) with the same migrations.
 */
abstract class SqlStoreContract {

  static final Instant T0 = Instant.parse("2026-03-10T10:15:00Z");

  SqlStore store;

  /** A store URL for a fresh, empty database (or schema). */
  abstract String freshUrl() throws Exception;

  /** The URL {@link #freshUrl} returned, to open the same database again. */
  abstract String sameUrl();

  @BeforeEach
  void open() throws Exception {
    store = SqlStore.open(freshUrl());
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  static void write(SqlStore s, List<UsageRecord> records) {
    s.usage().write(records, Rollups.of(records));
  }

  static StoredKey key(String id, String hash) {
    return new StoredKey(id, "team " + id, hash, "sk-sb-abcd", KeyState.ENABLED,
        new KeyLimits(60, 1000, 50_000, new BigDecimal("12.5"), BudgetPeriod.WEEK), List.of("gpt-*", "claude-*"),
        Instant.parse("2026-03-01T00:00:00.123Z"), null);
  }

  @Test
  void reopeningAMigratedDatabaseKeepsItsData() {
    store.keys().insert(key("key_a", "h1"));
    store.close();
    store = SqlStore.open(sameUrl());
    assertThat(store.keys().find("key_a")).isPresent();
  }

  @Test
  void keysRoundTripWithEveryField() {
    StoredKey k = key("key_a", "h1");
    store.keys().insert(k);
    store.keys().insert(new StoredKey("key_b", "b", "h2", "sk-sb-efgh", KeyState.ENABLED, KeyLimits.NONE, List.of(),
        Instant.parse("2026-03-02T00:00:00Z"), null));

    assertThat(store.keys().find("key_a")).contains(k);
    assertThat(store.keys().all()).extracting(StoredKey::id).containsExactly("key_a", "key_b");
    assertThat(store.keys().find("key_b").orElseThrow().limits()).isEqualTo(KeyLimits.NONE);
    assertThat(store.keys().updateState("key_a", KeyState.DISABLED)).isTrue();
    assertThat(store.keys().find("key_a").orElseThrow().state()).isEqualTo(KeyState.DISABLED);
    assertThat(store.keys().updateState("nope", KeyState.DISABLED)).isFalse();
    assertThat(store.keys().delete("key_a")).isTrue();
    assertThat(store.keys().delete("key_a")).isFalse();
    assertThat(store.keys().find("key_a")).isEmpty();
  }

  @Test
  void aKeyHashIsUnique() {
    store.keys().insert(key("key_a", "same"));
    assertThatThrownBy(() -> store.keys().insert(key("key_b", "same"))).isInstanceOf(StoreException.class);
    assertThat(store.keys().all()).hasSize(1);
  }

  @Test
  void aBatchWritesRecordsRollupsAndLastUse() {
    store.keys().insert(key("key_a", "h1"));
    write(store, List.of(
        Records.ok("r1", T0, "key_a", "gpt-4o", new BigDecimal("0.1")),
        Records.ok("r2", T0.plusSeconds(60), "key_a", "gpt-4o", new BigDecimal("0.2")),
        Records.failed("r3", T0.plusSeconds(3600), "key_a", "gpt-4o"),
        Records.ok("r4", T0.plusSeconds(86_400), "key_b", "claude", null)));

    List<UsageRow> byHour = store.usage().usage(new UsageQuery(Grouping.HOUR, T0.minusSeconds(86_400),
        T0.plusSeconds(2 * 86_400), null));
    assertThat(byHour).extracting(UsageRow::bucket)
        .containsExactly("2026-03-10T10:00:00Z", "2026-03-10T11:00:00Z", "2026-03-11T10:00:00Z");
    assertThat(byHour.get(0).totals()).isEqualTo(new UsageTotals(2, 0, 20, 40, 6, 8, new BigDecimal("0.3"), 0));
    assertThat(byHour.get(1).totals().failures()).isEqualTo(1);
    assertThat(byHour.get(1).totals().costUsd()).as("only unpriced/failed: no cost, never $0").isNull();
    assertThat(byHour.get(2).totals().unpricedRequests()).isEqualTo(1);

    assertThat(store.keys().find("key_a").orElseThrow().lastUsedAt()).isEqualTo(T0.plusSeconds(3600));
  }

  @Test
  void usageGroupsByEveryDimension() {
    write(store, List.of(
        Records.ok("r1", T0, "key_a", "gpt-4o", new BigDecimal("0.000001")),
        Records.ok("r2", T0.plusSeconds(7200), "key_a", "claude", new BigDecimal("1.5")),
        Records.ok("r3", T0.plusSeconds(86_400), "key_b", "claude", new BigDecimal("2"))));
    Instant from = T0.minusSeconds(86_400);
    Instant to = T0.plusSeconds(3 * 86_400);

    assertThat(rows(Grouping.DAY, from, to, null)).containsExactly("2026-03-10=2", "2026-03-11=1");
    assertThat(rows(Grouping.MODEL, from, to, null)).containsExactly("claude=2", "gpt-4o=1");
    assertThat(rows(Grouping.KEY, from, to, null)).containsExactly("key_a=2", "key_b=1");
    assertThat(rows(Grouping.PROVIDER, from, to, null)).containsExactly("mock=3");
    assertThat(rows(Grouping.MODEL, from, to, "key_b")).containsExactly("claude=1");
    assertThat(rows(Grouping.DAY, T0.plusSeconds(86_400), to, null)).containsExactly("2026-03-11=1");

    Map<String, UsageTotals> byKey = store.usage().totalsByKey();
    assertThat(byKey.get("key_a").costUsd()).isEqualByComparingTo("1.500001");
    assertThat(byKey.get("key_b").requests()).isEqualTo(1);
  }

  private List<String> rows(Grouping g, Instant from, Instant to, String key) {
    return store.usage().usage(new UsageQuery(g, from, to, key)).stream()
        .map(r -> r.bucket() + "=" + r.totals().requests()).toList();
  }

  @Test
  void logsAreNewestFirstWithKeysetPagingAndFilters() {
    List<UsageRecord> records = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      Instant at = T0.plusSeconds(i / 2);
      records.add(i % 5 == 0 ? Records.failed("req-" + (100 + i), at, "key_b", "claude")
          : Records.ok("req-" + (100 + i), at, "key_a", "gpt-4o", BigDecimal.ONE));
    }
    write(store, records);

    List<String> seen = new ArrayList<>();
    LogCursor before = null;
    for (int page = 0; page < 4; page++) {
      List<UsageRecord> got = store.usage().logs(new LogQuery(10, before, null, null, null));
      got.forEach(r -> seen.add(r.requestId()));
      if (got.isEmpty()) {
        break;
      }
      UsageRecord last = got.get(got.size() - 1);
      before = new LogCursor(last.time().toEpochMilli(), last.requestId());
    }
    List<String> expected = new ArrayList<>();
    for (int i = 24; i >= 0; i--) {
      expected.add("req-" + (100 + i));
    }
    assertThat(seen).containsExactlyElementsOf(expected);

    assertThat(store.usage().logs(new LogQuery(50, null, "key_b", null, null))).hasSize(5);
    assertThat(store.usage().logs(new LogQuery(50, null, null, "claude", "error"))).hasSize(5);
    assertThat(store.usage().logs(new LogQuery(50, null, null, null, "ok"))).hasSize(20);
    assertThat(store.usage().logs(new LogQuery(50, null, null, null, "429"))).hasSize(5);
    assertThat(store.usage().logs(new LogQuery(50, null, null, null, "rate_limited"))).hasSize(5);
    UsageRecord failed = store.usage().logs(new LogQuery(1, null, "key_b", null, null)).get(0);
    assertThat(failed).isEqualTo(records.get(20));
  }

  @Test
  void pruningDeletesOldRecordsInChunksAndOldRollups() {
    List<UsageRecord> old = new ArrayList<>();
    for (int i = 0; i < SqlUsageStore.PRUNE_CHUNK * 2 + 500; i++) {
      old.add(Records.ok("old-" + i, T0.minusSeconds(10 * 86_400).plusMillis(i % 3000), "key_a", "m", null));
    }
    write(store, old);
    write(store, List.of(Records.ok("new", T0, "key_a", "m", null)));

    assertThat(store.usage().pruneBefore(T0.minusSeconds(86_400))).isEqualTo(old.size());

    assertThat(store.usage().logs(new LogQuery(10, null, null, null, null)))
        .extracting(UsageRecord::requestId).containsExactly("new");
    assertThat(store.usage().usage(new UsageQuery(Grouping.DAY, T0.minusSeconds(30 * 86_400), T0.plusSeconds(86_400),
        null))).extracting(UsageRow::bucket).containsExactly("2026-03-10");
  }

  @Test
  void countersUpsertLoadAndPrune() {
    store.counters().upsert(List.of(new CounterBucket("key:a:rpm", 100, 3), new CounterBucket("key:a:rpm", 160, 1),
        new CounterBucket("global:rpm", 160, 9)));
    store.counters().upsert(List.of(new CounterBucket("key:a:rpm", 160, 5)));

    assertThat(store.counters().loadSince(160)).containsExactly(
        new CounterBucket("global:rpm", 160, 9), new CounterBucket("key:a:rpm", 160, 5));
    store.counters().pruneBefore(160);
    assertThat(store.counters().loadSince(0)).hasSize(2);
  }
}
