package dev.switchboard.server.limit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.engine.config.SwitchboardConfig;
import dev.switchboard.server.GatewayHarness;
import dev.switchboard.server.app.SwitchboardServer;
import dev.switchboard.testkit.FakeUpstream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Limits hold across a restart on the same store: a client key's RPM window, a key's budget, and
 * an upstream credential's RPM (provider {@code rpm}) all resume where they were.
 */
class CountersAcrossRestartIT {

  @TempDir
  Path dir;

  private static final String ASK = "{\"model\":\"%s\",\"messages\":[{\"role\":\"user\",\"content\":\"hello there\"}]}";

  private String yaml() {
    return """
        store: { url: "sqlite:%s" }
        client-keys:
          - { key: sk-rpm, name: rpm, rpm: 2 }
          - { key: sk-budget, name: budget, budget_usd: 0.000001, budget_period: day }
          - { key: sk-any, name: any }
        pricing:
          overrides:
            priced: { input: 1000.0, output: 1000.0 }
        providers:
          - id: local
            type: mock
            models: [ { name: m }, { name: priced } ]
            mock: { latency: 0ms, text: "some answer" }
          - id: upstream
            type: openai-compatible
            base-url: ${UPSTREAM}/v1
            rpm: 1
            models: [ { name: limited-upstream } ]
            credentials: [ { key: up } ]
        """.formatted(dir.resolve("state.db"));
  }

  private static HttpResponse<String> ask(SwitchboardServer s, String key, String model) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + s.port() + "/v1/chat/completions"))
        .header("Authorization", "Bearer " + key).POST(HttpRequest.BodyPublishers.ofString(ASK.formatted(model)))
        .build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void keyWindowsBudgetsAndUpstreamCountersSurviveARestart() throws Exception {
    try (FakeUpstream fake = FakeUpstream.start()) {
      SwitchboardConfig config = GatewayHarness.config(yaml(), fake);
      try (SwitchboardServer first = SwitchboardServer.start(config)) {
        assertThat(ask(first, "sk-rpm", "m").statusCode()).isEqualTo(200);
        assertThat(ask(first, "sk-rpm", "m").statusCode()).isEqualTo(200);
        assertThat(ask(first, "sk-budget", "priced").statusCode()).isEqualTo(200);
        assertThat(ask(first, "sk-budget", "priced").statusCode()).as("over budget").isEqualTo(429);
        assertThat(ask(first, "sk-any", "limited-upstream").statusCode()).isEqualTo(200);
        assertThat(ask(first, "sk-any", "limited-upstream").statusCode()).as("upstream rpm 1 used").isNotEqualTo(200);
      }
      try (SwitchboardServer second = SwitchboardServer.start(config)) {
        HttpResponse<String> rpm = ask(second, "sk-rpm", "m");
        assertThat(rpm.statusCode()).as("the key's minute window survived").isEqualTo(429);
        assertThat(rpm.headers().firstValue("retry-after")).isPresent();
        assertThat(ask(second, "sk-budget", "priced").statusCode()).as("the day's spend survived").isEqualTo(429);
        assertThat(ask(second, "sk-any", "limited-upstream").statusCode())
            .as("the credential's minute window survived").isNotEqualTo(200);
        assertThat(fake.count("/v1/chat/completions")).isEqualTo(1);
      }
    }
  }
}
