package dev.switchboard.server.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.GatewayHarness;
import dev.switchboard.testkit.Reply;
import dev.switchboard.translate.Json;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A rate-limited credential cools down, GET /v1/status shows it, and a config reload keeps the
 * cooldown of a credential that did not change while a changed credential starts fresh.
 */
class CooldownStatusIT {

  private static final String YAML = """
      client-keys: [ { key: sk-ok, name: ok } ]
      routing:
        strategy: fill-first
        cooldown: { rate-limited: 60s }
      providers:
        - id: pool
          type: openai-compatible
          base-url: ${UPSTREAM}/v1
          models: [ { name: m } ]
          credentials:
            - { key: KEY_A }
            - { key: k-b }
      """;
  private static GatewayHarness gw;

  @BeforeAll
  static void start() throws Exception {
    gw = GatewayHarness.start(YAML.replace("KEY_A", "k-a"));
  }

  @AfterAll
  static void stop() throws Exception {
    gw.close();
  }

  private static JsonNode credential(int index) throws Exception {
    JsonNode status = Json.parseOrNull(gw.get("/v1/status", "Authorization", "Bearer sk-ok").body());
    for (JsonNode p : status.get("providers")) {
      if (p.get("id").asText().equals("pool")) {
        return p.get("credentials").get(index);
      }
    }
    throw new AssertionError("provider pool missing from " + status);
  }

  @Test
  void aRateLimitedCredentialCoolsDownVisiblyAndAReloadKeepsItUnlessTheCredentialChanged() throws Exception {
    gw.upstream.enqueue("/v1/chat/completions", new Reply.Body(429,
        "{\"error\":{\"message\":\"slow down\",\"type\":\"requests\",\"param\":null,\"code\":\"rate_limit_exceeded\"}}",
        Map.of("retry-after", "30"), 0));
    var r = gw.post("/v1/chat/completions", "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}",
        "Authorization", "Bearer sk-ok");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(gw.upstream.requests()).extracting(q -> q.header("authorization"))
        .containsExactly("Bearer k-a", "Bearer k-b");

    JsonNode a = credential(0);
    assertThat(a.get("state").asText()).isEqualTo("open");
    assertThat(a.get("last_failure").asText()).isEqualTo("rate_limited");
    assertThat(a.get("cooldown_until").asText()).isNotEmpty();
    assertThat(a.toString()).doesNotContain("k-a");

    gw.server.apply(GatewayHarness.config(YAML.replace("KEY_A", "k-a") + """
          - id: extra
            type: mock
        """, gw.upstream));
    assertThat(credential(0).get("state").asText()).as("unchanged credential keeps its cooldown").isEqualTo("open");

    gw.server.apply(GatewayHarness.config(YAML.replace("KEY_A", "k-a-rotated"), gw.upstream));
    assertThat(credential(0).get("state").asText()).as("a rotated key starts fresh").isEqualTo("closed");
  }
}
