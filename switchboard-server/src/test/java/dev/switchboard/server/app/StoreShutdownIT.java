package dev.switchboard.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.engine.store.Grouping;
import dev.switchboard.engine.store.UsageQuery;
import dev.switchboard.engine.store.UsageRow;
import dev.switchboard.engine.store.sql.SqlStore;
import dev.switchboard.engine.usage.UsageRecord;
import dev.switchboard.server.GatewayHarness;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A graceful stop (what SIGTERM runs) writes every usage record accepted before it: records handed
 * to the writer right before {@code close()} are all in the store afterwards.
 */
class StoreShutdownIT {

  @TempDir
  Path dir;

  @Test
  void closeFlushesEveryAcceptedRecord() throws Exception {
    String url = "sqlite:" + dir.resolve("flush.db");
    GatewayHarness gw = GatewayHarness.start("store: { url: \"" + url + "\" }\nproviders: [ { id: local, type: mock } ]\n");
    Instant now = Instant.now();
    int n = 5_000;
    for (int i = 0; i < n; i++) {
      UsageRecord r = new UsageRecord("req-" + i, now, "key_x",
          new UsageRecord.Request("openai_chat", "m", UsageRecord.Delivery.COMPLETE),
          new UsageRecord.Served("local", 0, "m", 1), new UsageRecord.Result(UsageRecord.OK, 200),
          new UsageRecord.Tokens(1, 2, 0, 0, UsageRecord.TokenSource.UPSTREAM), new BigDecimal("0.001"),
          new UsageRecord.Latency(1L, 2));
      assertThat(gw.server.store().writer().accept(r)).isTrue();
    }
    gw.close();

    try (SqlStore store = SqlStore.open(url)) {
      List<UsageRow> rows = store.usage().usage(new UsageQuery(Grouping.KEY, now.minusSeconds(3600),
          now.plusSeconds(3600), "key_x"));
      assertThat(rows).singleElement().satisfies(r -> {
        assertThat(r.totals().requests()).isEqualTo(n);
        assertThat(r.totals().costUsd()).isEqualByComparingTo("5");
      });
    }
  }
}
