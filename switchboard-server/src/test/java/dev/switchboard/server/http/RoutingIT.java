package dev.switchboard.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.GatewayHarness;
import dev.switchboard.testkit.RecordedRequest;
import dev.switchboard.testkit.Reply;
import dev.switchboard.translate.Json;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Routing end to end: strategies over credentials, priorities, fallback, prefixes, proxies, debug headers. */
class RoutingIT {

  private static final String ASK = "{\"model\":\"%s\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
  private static GatewayHarness gw;

  @BeforeAll
  static void start() throws Exception {
    gw = GatewayHarness.start("""
        client-keys: [ { key: sk-ok, name: ok } ]
        routing:
          strategy: round-robin
          retry: { attempts: 3, initial-backoff: 1ms, max-backoff: 10ms }
          cooldown: { server-error: 1ms, network: 1ms }
          fallbacks:
            primary-only: [ backup-model ]
        providers:
          - id: pool
            type: openai-compatible
            base-url: ${UPSTREAM}/v1
            prefix: "pool/"
            models: [ { name: shared }, { name: primary-only } ]
            credentials:
              - { key: cred-a }
              - { key: cred-b }
              - { key: cred-off, disabled: true }
          - id: via-proxy
            type: openai-compatible
            base-url: http://upstream.invalid/v1
            proxy-url: ${UPSTREAM}
            models: [ { name: proxied } ]
            credentials: [ { key: cred-proxy } ]
          - id: backup
            type: openai-compatible
            base-url: ${UPSTREAM}/backup/v1
            priority: -1
            models: [ { name: shared }, { name: backup-model } ]
            credentials: [ { key: cred-backup } ]
        """);
  }

  @AfterAll
  static void stop() throws Exception {
    gw.close();
  }

  @BeforeEach
  void clean() {
    gw.upstream.reset();
  }

  private static HttpResponse<String> ask(String model) throws Exception {
    return gw.post("/v1/chat/completions", ASK.formatted(model), "Authorization", "Bearer sk-ok", "x-debug", "true");
  }

  @Test
  void roundRobinAlternatesEnabledCredentialsOfTheTopPriority() throws Exception {
    for (int i = 0; i < 6; i++) {
      assertThat(ask("shared").statusCode()).isEqualTo(200);
    }
    List<String> auth = gw.upstream.requests().stream().map(r -> r.header("authorization")).toList();
    assertThat(auth).containsOnly("Bearer cred-a", "Bearer cred-b");
    assertThat(auth.stream().filter("Bearer cred-a"::equals).count()).isEqualTo(3);
  }

  @Test
  void aFailingTargetFallsBackToTheNextAndDebugHeadersTellTheStory() throws Exception {
    String err = "{\"error\":{\"message\":\"boom\",\"type\":\"server_error\",\"param\":null,\"code\":null}}";
    gw.upstream.enqueue("/v1/chat/completions", Reply.json(500, err), Reply.json(500, err));
    HttpResponse<String> r = ask("shared");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("x-debug-attempts")).contains("3");
    assertThat(r.headers().firstValue("x-debug-provider")).contains("backup");
    assertThat(r.headers().firstValue("x-debug-model")).contains("shared");
    assertThat(gw.upstream.requests()).extracting(RecordedRequest::path)
        .containsExactly("/v1/chat/completions", "/v1/chat/completions", "/backup/v1/chat/completions");
  }

  @Test
  void configuredFallbackModelsAreTriedAfterTheRequestedOne() throws Exception {
    String err = "{\"error\":{\"message\":\"down\",\"type\":\"server_error\",\"param\":null,\"code\":null}}";
    // three attempts on primary-only (two credentials, then a retry of one), then the fallback model
    gw.upstream.enqueue("/v1/chat/completions", Reply.json(503, err), Reply.json(503, err), Reply.json(503, err));
    HttpResponse<String> r = ask("primary-only");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(gw.upstream.last().json().get("model").asText()).isEqualTo("backup-model");
  }

  @Test
  void whenEverythingFailsTheLastStatusComesBackNamingWhatWasTried() throws Exception {
    String err = "{\"error\":{\"message\":\"down\",\"type\":\"server_error\",\"param\":null,\"code\":null}}";
    gw.upstream.otherwise(req -> Reply.json(503, err));
    HttpResponse<String> r = ask("primary-only");

    assertThat(r.statusCode()).isEqualTo(503);
    JsonNode e = Json.parseOrNull(r.body()).get("error");
    assertThat(e.get("message").asText()).contains("primary-only").contains("backup-model").contains("pool/");
    // each model of the chain gets its own routing.retry.attempts (3 + 3)
    assertThat(r.headers().firstValue("x-debug-attempts")).contains("6");
  }

  @Test
  void anInvalidRequestIsNotRetried() throws Exception {
    gw.upstream.enqueue("/v1/chat/completions", Reply.json(400,
        "{\"error\":{\"message\":\"bad param\",\"type\":\"invalid_request_error\",\"param\":\"x\",\"code\":null}}"));
    HttpResponse<String> r = ask("shared");

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("bad param");
    assertThat(gw.upstream.requests()).hasSize(1);
  }

  @Test
  void prefixRoutesToItsProviderAndStripsThePrefix() throws Exception {
    assertThat(ask("pool/shared").statusCode()).isEqualTo(200);
    assertThat(gw.upstream.last().path()).isEqualTo("/v1/chat/completions");
    assertThat(gw.upstream.last().json().get("model").asText()).isEqualTo("shared");
  }

  @Test
  void theRequestsModelsArrayIsTriedInOrder() throws Exception {
    HttpResponse<String> r = gw.post("/v1/chat/completions",
        "{\"models\":[\"nope\",\"backup-model\"],\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}",
        "Authorization", "Bearer sk-ok");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(gw.upstream.last().json().get("model").asText()).isEqualTo("backup-model");
    assertThat(gw.upstream.last().json().has("models")).isFalse();
  }

  @Test
  void aProvidersProxyUrlCarriesItsTraffic() throws Exception {
    assertThat(ask("proxied").statusCode()).isEqualTo(200);
    RecordedRequest via = gw.upstream.last();
    assertThat(via.uri()).isEqualTo("http://upstream.invalid/v1/chat/completions");
    assertThat(via.header("authorization")).isEqualTo("Bearer cred-proxy");
  }
}
