package dev.switchboard.server.http.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.GatewayHarness;
import dev.switchboard.translate.Json;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The gateway-state admin endpoints and usage recording end to end: providers, fallback, config
 * (no secret anywhere), models with prices, reload, and the usage record of each request with its
 * cost (priced by an override; null for an unpriced model, never 0).
 */
class AdminGatewayIT {

  private static final String ADMIN = "admin-secret-123";
  private static GatewayHarness gw;

  @BeforeAll
  static void start() throws Exception {
    gw = GatewayHarness.start("""
        admin: { key: admin-secret-123 }
        client-keys: [ { key: sk-client-secret, name: team } ]
        pricing:
          overrides:
            priced-model: { input: 2.0, output: 8.0 }
        providers:
          - id: openai
            type: openai
            base-url: ${UPSTREAM}/v1
            models: [ { name: gpt-4o } ]
            credentials: [ { key: sk-upstream-secret } ]
            headers: { Authorization-Extra: header-secret }
          - id: local
            type: mock
            models: [ { name: priced-model }, { name: free-model } ]
            mock: { latency: 0ms, text: "four words of text" }
        """);
  }

  @AfterAll
  static void stop() throws Exception {
    gw.close();
  }

  private static JsonNode admin(String path) throws Exception {
    HttpResponse<String> r = gw.get(path, "Authorization", "Bearer " + ADMIN);
    assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(200);
    assertThat(r.body()).doesNotContain("sk-upstream-secret").doesNotContain("sk-client-secret")
        .doesNotContain(ADMIN).doesNotContain("header-secret");
    return Json.parseOrNull(r.body());
  }

  @Test
  void adminEndpointsNeedTheAdminKey() throws Exception {
    assertThat(gw.get("/admin/providers").statusCode()).isEqualTo(401);
    assertThat(gw.get("/admin/config", "Authorization", "Bearer sk-client-secret").statusCode()).isEqualTo(401);
  }

  @Test
  void providersConfigFallbackAndModelsShowStateWithoutSecrets() throws Exception {
    JsonNode providers = admin("/admin/providers");
    assertThat(providers.get("data").get(0).get("id").asText()).isEqualTo("openai");
    assertThat(providers.get("data").get(0).get("credentials").get(0).get("state").asText()).isEqualTo("closed");

    JsonNode config = admin("/admin/config");
    assertThat(config.toString()).contains("<redacted>");

    JsonNode fallback = admin("/admin/fallback");
    assertThat(fallback.get("threshold").asDouble()).isEqualTo(0.05);

    JsonNode models = admin("/admin/models");
    JsonNode gpt = find(models, "gpt-4o").get("targets").get(0);
    assertThat(gpt.get("price").get("input").decimalValue()).isPositive();
    assertThat(gpt.get("limits").get("context").asInt()).isGreaterThan(100_000);
    assertThat(find(models, "priced-model").get("targets").get(0).get("price").get("output").asDouble()).isEqualTo(8.0);
    assertThat(find(models, "free-model").get("targets").get(0).get("price").isNull()).isTrue();
  }

  @Test
  void reloadWithoutAConfigFileIsRejectedClearly() throws Exception {
    HttpResponse<String> r = gw.post("/admin/reload", "", "Authorization", "Bearer " + ADMIN);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("without a config file");
  }

  @Test
  void everyRequestLeavesAUsageRecordWithItsCost() throws Exception {
    String ask = "{\"model\":\"%s\",\"messages\":[{\"role\":\"user\",\"content\":\"hello\"}]}";
    assertThat(gw.post("/v1/chat/completions", ask.formatted("priced-model"),
        "Authorization", "Bearer sk-client-secret").statusCode()).isEqualTo(200);
    assertThat(gw.post("/v1/chat/completions", ask.formatted("free-model"),
        "Authorization", "Bearer sk-client-secret").statusCode()).isEqualTo(200);
    assertThat(gw.post("/v1/chat/completions", ask.formatted("nope"),
        "Authorization", "Bearer sk-client-secret").statusCode()).isEqualTo(404);

    Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> admin("/admin/logs?limit=10").get("data").size() >= 3);
    JsonNode logs = admin("/admin/logs?limit=10").get("data");
    JsonNode priced = byModel(logs, "priced-model");
    assertThat(priced.toString()).contains("\"ok\"");
    assertThat(priced.path("cost_usd").decimalValue()).isPositive();
    assertThat(byModel(logs, "free-model").path("cost_usd").isNull()).isTrue();
    assertThat(byModel(logs, "nope").toString()).contains("404");
  }

  private static JsonNode find(JsonNode list, String id) {
    for (JsonNode m : list.get("data")) {
      if (m.get("id").asText().equals(id)) {
        return m;
      }
    }
    throw new AssertionError(id + " not in " + list);
  }

  private static JsonNode byModel(JsonNode logs, String model) {
    for (JsonNode r : logs) {
      if (r.toString().contains("\"" + model + "\"")) {
        return r;
      }
    }
    throw new AssertionError(model + " not in " + logs);
  }
}
