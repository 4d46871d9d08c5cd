package dev.switchboard.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.GatewayHarness;
import dev.switchboard.translate.Json;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bad input over raw HTTP: clear errors in OpenAI's shape, request ids everywhere, never a 500. */
class ErrorsIT {

  private static GatewayHarness gw;

  @BeforeAll
  static void start() throws Exception {
    gw = GatewayHarness.start("""
        server: { host: 127.0.0.1, port: 0, max-body: 4KiB }
        client-keys:
          - { key: sk-ok, name: ok }
          - { key: sk-limited, name: limited, models: ["allowed-*"] }
        providers:
          - id: local
            type: mock
            models: [ { name: m }, { name: allowed-one } ]
            mock: { latency: 0ms }
        """);
  }

  @AfterAll
  static void stop() throws Exception {
    gw.close();
  }

  private static JsonNode error(HttpResponse<String> r) {
    JsonNode e = Json.parseOrNull(r.body()).get("error");
    assertThat(e.has("message")).isTrue();
    assertThat(e.has("type")).isTrue();
    assertThat(e.has("param")).isTrue();
    assertThat(e.has("code")).isTrue();
    assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(r.headers().firstValue("x-request-id")).isPresent();
    return e;
  }

  @Test
  void missingKeyIs401() throws Exception {
    HttpResponse<String> r = gw.post("/v1/chat/completions", "{\"model\":\"m\",\"messages\":[]}");
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(error(r).get("message").asText()).contains("missing client key");
  }

  @Test
  void unknownKeyIs401InEveryHeaderStyle() throws Exception {
    for (String[] h : new String[][] {{"Authorization", "Bearer sk-nope"}, {"x-api-key", "sk-nope"},
        {"x-goog-api-key", "sk-nope"}}) {
      HttpResponse<String> r = gw.post("/v1/chat/completions", "{}", h);
      assertThat(r.statusCode()).as(h[0]).isEqualTo(401);
      assertThat(error(r).get("code").asText()).isEqualTo("invalid_api_key");
    }
    assertThat(gw.post("/v1/chat/completions?key=sk-nope", "{}").statusCode()).isEqualTo(401);
  }

  @Test
  void everyKeyStyleIsAccepted() throws Exception {
    String body = "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
    assertThat(gw.post("/v1/chat/completions", body, "Authorization", "Bearer sk-ok").statusCode()).isEqualTo(200);
    assertThat(gw.post("/v1/chat/completions", body, "x-api-key", "sk-ok").statusCode()).isEqualTo(200);
    assertThat(gw.post("/v1/chat/completions", body, "x-goog-api-key", "sk-ok").statusCode()).isEqualTo(200);
    assertThat(gw.post("/v1/chat/completions?key=sk-ok", body).statusCode()).isEqualTo(200);
  }

  @Test
  void aDuplicatedKeyIs400() throws Exception {
    HttpResponse<String> r = gw.post("/v1/chat/completions",
        "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],\"model\":\"allowed-one\"}",
        "Authorization", "Bearer sk-ok");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(error(r).get("message").asText()).contains("not valid JSON").contains("Duplicate field 'model'");
  }

  @Test
  void malformedJsonIs400() throws Exception {
    HttpResponse<String> r = gw.post("/v1/chat/completions", "{\"model\": \"m\", ", "Authorization", "Bearer sk-ok");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(error(r).get("type").asText()).isEqualTo("invalid_request_error");

    assertThat(gw.post("/v1/chat/completions", "[1,2]", "Authorization", "Bearer sk-ok").statusCode()).isEqualTo(400);
    assertThat(gw.post("/v1/chat/completions", "", "Authorization", "Bearer sk-ok").statusCode()).isEqualTo(400);
    assertThat(gw.post("/v1/chat/completions", "{\"model\":\"m\",\"messages\":\"nope\"}",
        "Authorization", "Bearer sk-ok").statusCode()).isEqualTo(400);
  }

  @Test
  void unknownModelIs404NamingTheModel() throws Exception {
    HttpResponse<String> r = gw.post("/v1/chat/completions",
        "{\"model\":\"gpt-99\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}", "Authorization", "Bearer sk-ok");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(error(r).get("message").asText()).contains("gpt-99");
  }

  @Test
  void aKeyLimitedToSomeModelsGets403ForOthers() throws Exception {
    String body = "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
    HttpResponse<String> r = gw.post("/v1/chat/completions", body, "Authorization", "Bearer sk-limited");
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(error(r).get("message").asText()).contains("'m'");
    assertThat(gw.post("/v1/chat/completions", body.replace("\"m\"", "\"allowed-one\""),
        "Authorization", "Bearer sk-limited").statusCode()).isEqualTo(200);
  }

  @Test
  void bodyOverMaxBodyIs413() throws Exception {
    String big = "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"" + "x".repeat(8 * 1024) + "\"}]}";
    HttpResponse<String> r = gw.post("/v1/chat/completions", big, "Authorization", "Bearer sk-ok");
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(error(r).get("message").asText()).contains("max-body");
  }

  @Test
  void unknownEndpointIs404AndHealthAnswersWithoutAKey() throws Exception {
    HttpResponse<String> r = gw.get("/v1/nothing-here");
    assertThat(r.statusCode()).isEqualTo(404);
    error(r);
    assertThat(gw.get("/health").statusCode()).isEqualTo(200);
    HttpResponse<String> ready = gw.get("/health/ready");
    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(ready.headers().firstValue("x-request-id")).isPresent();
  }

  @Test
  void requestIdsAreUnique() throws Exception {
    String a = gw.get("/health").headers().firstValue("x-request-id").orElseThrow();
    String b = gw.get("/health").headers().firstValue("x-request-id").orElseThrow();
    assertThat(a).isNotEqualTo(b).startsWith("req_");
  }
}
