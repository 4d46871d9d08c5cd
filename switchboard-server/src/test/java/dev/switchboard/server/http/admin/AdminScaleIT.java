package dev.switchboard.server.http.admin;

import static dev.switchboard.server.http.admin.AdminKeysIT.admin;
import static dev.switchboard.server.http.admin.AdminKeysIT.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.engine.store.KeyLimits;
import dev.switchboard.engine.store.KeyState;
import dev.switchboard.engine.store.StoredKey;
import dev.switchboard.engine.store.sql.SqlStore;
import dev.switchboard.engine.usage.Rollups;
import dev.switchboard.engine.usage.UsageRecord;
import dev.switchboard.server.GatewayHarness;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The admin queries stay fast over 1,000,000 usage records (30 days, 20 keys, 5 models, 2
 * providers) on SQLite: the records are written through the store's own batch path (records plus
 * rollups), then the real server answers {@code /admin/usage}, {@code /admin/logs} and per-key usage
 * over HTTP. The bound is generous (2 s each, on a shared 2-core machine); the measured times are
 * printed.
 */
class AdminScaleIT {

  private static final int RECORDS = 1_000_000;
  private static final int BATCH = 5_000;
  private static final long BOUND_MS = 2_000;
  private static final Instant END = Instant.now().truncatedTo(ChronoUnit.HOURS);
  private static final long SPAN_MS = 30L * 86_400_000;

  @TempDir
  static Path dir;
  private static GatewayHarness gw;

  @BeforeAll
  static void generate() throws Exception {
    String url = "sqlite:" + dir.resolve("scale.db");
    long t0 = System.nanoTime();
    try (SqlStore store = SqlStore.open(url)) {
      store.keys().insert(new StoredKey("key_7", "seven", "hash-7", "sk-sb-7777", KeyState.ENABLED, KeyLimits.NONE,
          List.of(), END, null));
      SplittableRandom rnd = new SplittableRandom(42);
      List<UsageRecord> batch = new ArrayList<>(BATCH);
      for (int i = 0; i < RECORDS; i++) {
        batch.add(record(i, rnd));
        if (batch.size() == BATCH) {
          store.usage().write(batch, Rollups.of(batch));
          batch.clear();
        }
      }
    }
    System.out.printf("AdminScaleIT: generated %,d usage records in %d ms%n", RECORDS, ms(t0));
    gw = GatewayHarness.start("""
        store: { url: "%s" }
        admin: { key: %s }
        providers: [ { id: local, type: mock } ]
        """.formatted(url, AdminKeysIT.ADMIN));
  }

  @AfterAll
  static void stop() throws Exception {
    if (gw != null) {
      gw.close();
    }
  }

  private static UsageRecord record(int i, SplittableRandom rnd) {
    Instant at = END.minusMillis(SPAN_MS - (SPAN_MS / RECORDS) * i);
    String model = "model-" + rnd.nextInt(5);
    boolean ok = rnd.nextInt(20) != 0;
    return new UsageRecord("req-" + i, at, "key_" + rnd.nextInt(20),
        new UsageRecord.Request("openai_chat", model, UsageRecord.Delivery.STREAM),
        new UsageRecord.Served("provider-" + rnd.nextInt(2), 0, model, 1),
        new UsageRecord.Result(ok ? UsageRecord.OK : "server", ok ? 200 : 502),
        new UsageRecord.Tokens(rnd.nextInt(4000), rnd.nextInt(800), 0, 0, UsageRecord.TokenSource.UPSTREAM),
        BigDecimal.valueOf(rnd.nextInt(1000), 6), new UsageRecord.Latency(200L, 900));
  }

  private static long ms(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }

  private static HttpResponse<String> timed(String label, String path) throws Exception {
    gw.get(path, admin());
    long t0 = System.nanoTime();
    HttpResponse<String> r = gw.get(path, admin());
    long took = ms(t0);
    System.out.printf("AdminScaleIT: %s took %d ms%n", label, took);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(took).as(label + " over 1M records").isLessThan(BOUND_MS);
    return r;
  }

  @Test
  void usageByDayOverAMonthIsFast() throws Exception {
    String from = END.minusMillis(SPAN_MS).toString();
    HttpResponse<String> r = timed("/admin/usage?group_by=day", "/admin/usage?group_by=day&from=" + from);
    long total = 0;
    for (var row : json(r).get("data")) {
      total += row.get("requests").asLong();
    }
    assertThat(total).isEqualTo(RECORDS);
  }

  @Test
  void newestLogsAndADeepPageAreFast() throws Exception {
    HttpResponse<String> first = timed("/admin/logs?limit=50", "/admin/logs?limit=50");
    assertThat(json(first).get("data")).hasSize(50);
    assertThat(json(first).get("data").get(0).get("request_id").asText()).isEqualTo("req-" + (RECORDS - 1));
    String deep = String.valueOf(END.minusMillis(SPAN_MS / 2).toEpochMilli());
    HttpResponse<String> page = timed("/admin/logs?limit=50&before=<mid>", "/admin/logs?limit=50&before=" + deep);
    assertThat(json(page).get("data")).hasSize(50);
  }

  @Test
  void filteredLogsAndPerKeyUsageAreFast() throws Exception {
    HttpResponse<String> r = timed("/admin/logs?limit=50&key=key_7&status=error",
        "/admin/logs?limit=50&key=key_7&status=error");
    assertThat(json(r).get("data")).hasSize(50);
    timed("/admin/logs?limit=50&model=model-3", "/admin/logs?limit=50&model=model-3");
    HttpResponse<String> u = timed("/admin/keys/key_7/usage", "/admin/keys/key_7/usage");
    assertThat(json(u).get("by_model")).hasSize(5);
    assertThat(json(u).get("by_day").size()).isBetween(30, 31);
    HttpResponse<String> keys = timed("/admin/keys", "/admin/keys");
    assertThat(json(keys).at("/data/0/usage/requests").asLong()).isGreaterThan(RECORDS / 40);
    timed("/admin/usage?group_by=hour", "/admin/usage?group_by=hour");
  }
}
