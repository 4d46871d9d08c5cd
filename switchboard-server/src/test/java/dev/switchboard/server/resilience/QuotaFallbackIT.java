package dev.switchboard.server.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.GatewayHarness;
import dev.switchboard.testkit.Reply;
import dev.switchboard.testkit.WireReplies;
import dev.switchboard.translate.Json;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Quota-aware proactive fallback (seed 004): the primary's quota-url says a model is nearly used
 * up, so requests go to the backup before anything fails; when the quota recovers, the primary
 * takes the traffic again. The state is visible in GET /v1/status.
 */
class QuotaFallbackIT {

  private static final AtomicReference<String> QUOTA = new AtomicReference<>("{\"models\":{\"m\":0.9}}");
  private static GatewayHarness gw;

  @BeforeAll
  static void start() throws Exception {
    gw = GatewayHarness.start("""
        client-keys: [ { key: sk-ok, name: ok } ]
        routing:
          quota-fallback: { threshold: 0.05, poll-interval: 100ms }
        providers:
          - id: primary
            type: openai-compatible
            base-url: ${UPSTREAM}/primary/v1
            priority: 10
            quota-url: ${UPSTREAM}/quota
            models: [ { name: m } ]
            credentials: [ { key: k1 } ]
          - id: backup
            type: openai-compatible
            base-url: ${UPSTREAM}/backup/v1
            models: [ { name: m } ]
            credentials: [ { key: k2 } ]
        """);
    gw.upstream.otherwise(req -> req.path().equals("/quota") ? Reply.json(200, QUOTA.get()) : WireReplies.answer(req));
  }

  @AfterAll
  static void stop() throws Exception {
    gw.close();
  }

  private static String servedBy() throws Exception {
    HttpResponse<String> r = gw.post("/v1/chat/completions",
        "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}",
        "Authorization", "Bearer sk-ok", "x-debug", "true");
    assertThat(r.statusCode()).isEqualTo(200);
    return r.headers().firstValue("x-debug-provider").orElseThrow();
  }

  @Test
  void aModelUnderTheThresholdIsRoutedAwayBeforeAnythingFailsAndComesBackWhenItRecovers() throws Exception {
    Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> gw.upstream.count("/quota") > 0);
    assertThat(servedBy()).isEqualTo("primary");

    QUOTA.set("{\"accounts\":[{\"models\":{\"m\":0.01}},{\"models\":[{\"name\":\"m\",\"remainingFraction\":0.02}]}]}");
    Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
        .until(() -> servedBy().equals("backup"));
    long failuresSeen = gw.upstream.requests().stream().filter(r -> r.path().startsWith("/primary")).count();
    assertThat(servedBy()).isEqualTo("backup");
    assertThat(gw.upstream.requests().stream().filter(r -> r.path().startsWith("/primary")).count())
        .as("the primary is not tried while its quota is low").isEqualTo(failuresSeen);

    JsonNode status = Json.parseOrNull(gw.get("/v1/status", "Authorization", "Bearer sk-ok").body());
    JsonNode quota = status.get("quota");
    assertThat(quota.toString()).contains("\"provider\":\"primary\"").contains("\"model\":\"m\"").contains("\"low\":true");

    QUOTA.set("{\"models\":{\"m\":0.7}}");
    Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
        .until(() -> servedBy().equals("primary"));
  }
}
