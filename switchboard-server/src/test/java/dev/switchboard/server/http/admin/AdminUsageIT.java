package dev.switchboard.server.http.admin;

import static dev.switchboard.server.http.admin.AdminKeysIT.admin;
import static dev.switchboard.server.http.admin.AdminKeysIT.json;
import static dev.switchboard.server.http.admin.UsageRecords.record;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.engine.usage.UsageWriter;
import dev.switchboard.server.GatewayHarness;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Usage through the admin API: records handed to the server's usage writer (as the request path
 * does) show up in {@code /admin/usage}, {@code /admin/keys/{id}/usage}, {@code /admin/keys} and
 * {@code /admin/logs}, with exact costs and unpriced requests never counted as $0.
 */
class AdminUsageIT {

  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.HOURS);
  private static GatewayHarness gw;
  private static String keyId;

  @BeforeAll
  static void start() throws Exception {
    gw = GatewayHarness.start("""
        admin: { key: %s }
        providers: [ { id: local, type: mock } ]
        """.formatted(AdminKeysIT.ADMIN));
    HttpResponse<String> r = gw.post("/admin/keys", "{\"name\":\"metered\"}", admin());
    keyId = json(r).get("id").asText();
    UsageWriter w = gw.server.store().writer();
    w.accept(record("req-a", NOW.minus(Duration.ofDays(1)).plusSeconds(5), keyId, "gpt-4o", new BigDecimal("0.1")));
    w.accept(record("req-b", NOW.plusSeconds(10), keyId, "gpt-4o", new BigDecimal("0.2")));
    w.accept(record("req-c", NOW.plusSeconds(20), keyId, "claude-x", new BigDecimal("0.000003")));
    w.accept(record("req-d", NOW.plusSeconds(30), "cfg-other", "free-model", null));
    assertThat(w.flush(Duration.ofSeconds(10))).isTrue();
  }

  @AfterAll
  static void stop() throws Exception {
    gw.close();
  }

  private static JsonNode get(String path) throws Exception {
    HttpResponse<String> r = gw.get(path, admin());
    assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(200);
    return json(r);
  }

  @Test
  void usageGroupsByModelKeyProviderDayAndHour() throws Exception {
    JsonNode byModel = get("/admin/usage?group_by=model").get("data");
    assertThat(byModel.get(0).get("bucket").asText()).isEqualTo("gpt-4o");
    assertThat(byModel.get(0).get("requests").asLong()).isEqualTo(2);
    assertThat(byModel.get(0).get("cost_usd").decimalValue()).isEqualByComparingTo("0.3");
    assertThat(byModel.get(0).get("input_tokens").asLong()).isEqualTo(200);
    assertThat(byModel.get(0).get("cached_tokens").asLong()).isEqualTo(20);
    JsonNode free = byModel.get(2);
    assertThat(free.get("bucket").asText()).isEqualTo("free-model");
    assertThat(free.get("cost_usd").isNull()).as("unpriced is null, never $0").isTrue();
    assertThat(free.get("unpriced_requests").asLong()).isEqualTo(1);
    assertThat(free.get("failures").asLong()).isEqualTo(1);

    assertThat(get("/admin/usage?group_by=key").get("data").get(0).get("bucket").asText()).isEqualTo(keyId);
    assertThat(get("/admin/usage?group_by=provider").get("data")).extracting(n -> n.get("bucket").asText())
        .containsExactly("openai", "anthropic");
    JsonNode days = get("/admin/usage").get("data");
    assertThat(days).hasSize(2);
    assertThat(days.get(1).get("bucket").asText()).isEqualTo(NOW.toString().substring(0, 10));
    assertThat(days.get(1).get("requests").asLong()).isEqualTo(3);
    JsonNode hours = get("/admin/usage?group_by=hour&from=" + NOW).get("data");
    assertThat(hours).hasSize(1);
    assertThat(hours.get(0).get("bucket").asText()).isEqualTo(NOW.toString());
  }

  @Test
  void keyUsageHasTotalsByModelAndByDayAndTheListShowsIt() throws Exception {
    JsonNode u = get("/admin/keys/" + keyId + "/usage");
    assertThat(u.get("totals").get("requests").asLong()).isEqualTo(3);
    assertThat(u.get("totals").get("cost_usd").decimalValue()).isEqualByComparingTo("0.300003");
    assertThat(u.get("by_model")).extracting(n -> n.get("model").asText()).containsExactly("gpt-4o", "claude-x");
    assertThat(u.get("by_day")).hasSize(2);
    assertThat(gw.get("/admin/keys/key_nope/usage", admin()).statusCode()).isEqualTo(404);

    JsonNode listed = get("/admin/keys").get("data").get(0);
    assertThat(listed.get("usage").get("requests").asLong()).isEqualTo(3);
    assertThat(listed.get("usage").get("output_tokens").asLong()).isEqualTo(150);
    assertThat(listed.get("last_used_at").asText()).isEqualTo(NOW.plusSeconds(20).toString());
  }

  @Test
  void logsAreNewestFirstAndPageByNextBefore() throws Exception {
    List<String> ids = new ArrayList<>();
    String before = null;
    do {
      JsonNode page = get("/admin/logs?limit=3" + (before == null ? "" : "&before=" + before));
      page.get("data").forEach(n -> ids.add(n.get("request_id").asText()));
      before = page.get("has_more").asBoolean() ? page.get("next_before").asText() : null;
    } while (before != null);
    assertThat(ids).containsExactly("req-d", "req-c", "req-b", "req-a");

    JsonNode one = get("/admin/logs?limit=1&status=error").get("data").get(0);
    assertThat(one.get("request_id").asText()).isEqualTo("req-d");
    assertThat(one.get("http_status").asInt()).isEqualTo(429);
    assertThat(one.get("cost_usd").isNull()).isTrue();
    JsonNode c = get("/admin/logs?model=claude-x&key=" + keyId).get("data").get(0);
    assertThat(c.get("provider").asText()).isEqualTo("anthropic");
    assertThat(c.get("stream").asBoolean()).isTrue();
    assertThat(c.get("latency_first_byte_ms").asLong()).isEqualTo(12);
    assertThat(c.get("upstream_model").asText()).isEqualTo("claude-x-2026");
  }

  @Test
  void badQueryParametersAre400() throws Exception {
    for (String path : new String[] {"/admin/usage?group_by=week", "/admin/usage?from=yesterday",
        "/admin/logs?limit=0", "/admin/logs?limit=5000", "/admin/logs?before=abc"}) {
      HttpResponse<String> r = gw.get(path, admin());
      assertThat(r.statusCode()).as(path).isEqualTo(400);
      assertThat(json(r).at("/error/type").asText()).isEqualTo("invalid_request_error");
    }
  }
}
