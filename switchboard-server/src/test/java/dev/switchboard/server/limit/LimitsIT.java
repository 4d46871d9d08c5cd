package dev.switchboard.server.limit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.GatewayHarness;
import dev.switchboard.translate.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Per-key limits on the real server: exact under concurrency, 429 with Retry-After in the client's format. */
class LimitsIT {

  private static GatewayHarness gw;

  @BeforeAll
  static void start() throws Exception {
    gw = GatewayHarness.start("""
        client-keys:
          - { key: sk-fifty, name: fifty, rpm: 50 }
          - { key: sk-two, name: two, rpm: 2 }
          - { key: sk-free, name: free }
          - { key: sk-one, name: one, rpm: 1 }
        providers:
          - id: local
            type: mock
            models: [ { name: m } ]
            mock: { latency: 1ms, text: "ok" }
        """);
  }

  @AfterAll
  static void stop() throws Exception {
    gw.close();
  }

  private static final String ASK = "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";

  @Test
  void twoHundredConcurrentRequestsAgainstRpmFiftyLetExactlyFiftyThrough() throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10)).build();
    List<CompletableFuture<HttpResponse<String>>> all = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      all.add(http.sendAsync(HttpRequest.newBuilder(URI.create(gw.url("/v1/chat/completions")))
          .header("Authorization", "Bearer sk-fifty").timeout(Duration.ofSeconds(30))
          .POST(HttpRequest.BodyPublishers.ofString(ASK)).build(), HttpResponse.BodyHandlers.ofString()));
    }
    CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
    long ok = all.stream().filter(f -> f.join().statusCode() == 200).count();
    long limited = all.stream().filter(f -> f.join().statusCode() == 429).count();
    assertThat(ok).isEqualTo(50);
    assertThat(limited).isEqualTo(150);
  }

  @Test
  void overTheLimitIs429WithRetryAfterAndRateLimitHeadersInTheClientsFormat() throws Exception {
    HttpResponse<String> first = gw.post("/v1/chat/completions", ASK, "Authorization", "Bearer sk-two");
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.headers().firstValue("x-ratelimit-limit-requests")).contains("2");
    assertThat(first.headers().firstValue("x-ratelimit-remaining-requests")).contains("1");
    assertThat(first.headers().firstValue("x-ratelimit-reset-requests")).isPresent();
    gw.post("/v1/chat/completions", ASK, "Authorization", "Bearer sk-two");

    HttpResponse<String> openai = gw.post("/v1/chat/completions", ASK, "Authorization", "Bearer sk-two");
    assertThat(openai.statusCode()).isEqualTo(429);
    assertThat(Long.parseLong(openai.headers().firstValue("retry-after").orElseThrow())).isBetween(1L, 60L);
    assertThat(openai.headers().firstValue("x-ratelimit-remaining-requests")).contains("0");
    JsonNode e = Json.parseOrNull(openai.body()).get("error");
    assertThat(e.get("code").asText()).isEqualTo("rate_limit_exceeded");

    HttpResponse<String> anthropic = gw.post("/v1/messages",
        "{\"model\":\"m\",\"max_tokens\":10,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}",
        "x-api-key", "sk-two", "anthropic-version", "2023-06-01");
    assertThat(anthropic.statusCode()).isEqualTo(429);
    JsonNode a = Json.parseOrNull(anthropic.body());
    assertThat(a.get("type").asText()).isEqualTo("error");
    assertThat(a.get("error").get("type").asText()).isEqualTo("rate_limit_error");

    HttpResponse<String> gemini = gw.post("/v1beta/models/m:generateContent",
        "{\"contents\":[{\"role\":\"user\",\"parts\":[{\"text\":\"hi\"}]}]}", "x-goog-api-key", "sk-two");
    assertThat(gemini.statusCode()).isEqualTo(429);
    assertThat(Json.parseOrNull(gemini.body()).get("error").get("status").asText()).isEqualTo("RESOURCE_EXHAUSTED");
  }

  @Test
  void aKeyWithoutLimitsGetsNoRateLimitHeadersAndMetricsCountRequests() throws Exception {
    HttpResponse<String> r = gw.post("/v1/chat/completions", ASK, "Authorization", "Bearer sk-free");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("x-ratelimit-limit-requests")).isEmpty();

    gw.post("/v1/chat/completions", ASK, "Authorization", "Bearer sk-one");
    assertThat(gw.post("/v1/chat/completions", ASK, "Authorization", "Bearer sk-one").statusCode()).isEqualTo(429);
    String metrics = gw.get("/metrics").body();
    assertThat(metrics).contains("switchboard_requests_total{format=\"openai_chat\",model=\"m\",outcome=\"ok\"}");
    assertThat(metrics).contains("switchboard_unpriced_requests_total{model=\"m\"}");
    assertThat(metrics).contains("outcome=\"limited_key_rpm\"");
  }
}
