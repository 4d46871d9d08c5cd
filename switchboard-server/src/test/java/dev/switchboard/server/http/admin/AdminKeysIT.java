package dev.switchboard.server.http.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.GatewayHarness;
import dev.switchboard.translate.Json;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The admin API's client keys over real HTTP: auth, create, use, disable (403 on the next request),
 * enable, delete (401), config keys read-only, validation, and keys surviving a restart on the same
 * SQLite file.
 */
class AdminKeysIT {

  static final String ADMIN = "admin-secret-for-tests";
  private static final String CHAT = "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";

  @TempDir
  Path dir;
  private GatewayHarness gw;

  private String yaml() {
    return """
        store: { url: "sqlite:%s" }
        admin: { key: %s }
        client-keys:
          - { key: sk-config-team, name: team, rpm: 600, models: ["m*"] }
        providers:
          - id: local
            type: mock
            models: [ { name: m } ]
            mock: { latency: 0ms }
        """.formatted(dir.resolve("gw.db"), ADMIN);
  }

  @AfterEach
  void stop() throws Exception {
    if (gw != null) {
      gw.close();
    }
  }

  static String[] admin(String... more) {
    String[] h = new String[more.length + 2];
    h[0] = "Authorization";
    h[1] = "Bearer " + ADMIN;
    System.arraycopy(more, 0, h, 2, more.length);
    return h;
  }

  static JsonNode json(HttpResponse<String> r) {
    return Json.parseOrNull(r.body());
  }

  private JsonNode create(String body) throws Exception {
    HttpResponse<String> r = gw.post("/admin/keys", body, admin("content-type", "application/json"));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return json(r);
  }

  private int chat(String key) throws Exception {
    return gw.post("/v1/chat/completions", CHAT, "Authorization", "Bearer " + key).statusCode();
  }

  @Test
  void withoutAnAdminKeyEveryAdminRouteIs403() throws Exception {
    gw = GatewayHarness.start("providers: [ { id: local, type: mock } ]\n");
    for (String path : new String[] {"/admin/keys", "/admin/usage", "/admin/logs", "/admin/anything"}) {
      HttpResponse<String> r = gw.get(path, "Authorization", "Bearer whatever");
      assertThat(r.statusCode()).as(path).isEqualTo(403);
      assertThat(json(r).at("/error/message").asText()).contains("admin API is disabled").contains("admin.key");
    }
  }

  @Test
  void aMissingOrWrongAdminKeyIs401AndXApiKeyWorks() throws Exception {
    gw = GatewayHarness.start(yaml());
    assertThat(gw.get("/admin/keys").statusCode()).isEqualTo(401);
    HttpResponse<String> wrong = gw.get("/admin/keys", "Authorization", "Bearer " + ADMIN + "x");
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(json(wrong).at("/error/code").asText()).isEqualTo("invalid_api_key");
    assertThat(gw.get("/admin/keys", "x-api-key", "sk-config-team").statusCode()).as("a client key").isEqualTo(401);
    assertThat(gw.get("/admin/keys", "x-api-key", ADMIN).statusCode()).isEqualTo(200);
  }

  @Test
  void createUseDisableEnableDelete() throws Exception {
    gw = GatewayHarness.start(yaml());
    JsonNode created = create("{\"name\":\"ci\",\"rpm\":60,\"rpd\":1000,\"tpm\":50000,\"budget_usd\":12.5,"
        + "\"budget_period\":\"week\",\"models\":[\"m\",\"gpt-*\"]}");
    String key = created.get("key").asText();
    String id = created.get("id").asText();
    assertThat(key).matches("sk-sb-[0-9A-Za-z]{32,}");
    assertThat(created.get("prefix").asText()).isEqualTo(key.substring(0, 10));
    assertThat(created.get("enabled").asBoolean()).isTrue();
    assertThat(created.get("budget_usd").decimalValue()).isEqualByComparingTo("12.5");
    assertThat(created.get("budget_period").asText()).isEqualTo("week");
    assertThat(created.get("models")).hasSize(2);

    assertThat(chat(key)).isEqualTo(200);

    JsonNode shown = json(gw.get("/admin/keys/" + id, admin()));
    assertThat(shown.has("key")).as("the key is shown only once").isFalse();
    assertThat(shown.get("rpm").asInt()).isEqualTo(60);
    assertThat(gw.get("/admin/keys", admin()).body()).doesNotContain(key);

    HttpResponse<String> disabled = gw.post("/admin/keys/" + id + "/disable", "", admin());
    assertThat(disabled.statusCode()).isEqualTo(200);
    assertThat(json(disabled).get("enabled").asBoolean()).isFalse();
    HttpResponse<String> refused = gw.post("/v1/chat/completions", CHAT, "Authorization", "Bearer " + key);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(json(refused).at("/error/message").asText()).contains("disabled");
    assertThat(gw.get("/v1/models", "Authorization", "Bearer " + key).statusCode()).isEqualTo(403);

    assertThat(gw.post("/admin/keys/" + id + "/enable", "", admin()).statusCode()).isEqualTo(200);
    assertThat(chat(key)).isEqualTo(200);

    HttpResponse<String> deleted = gw.delete("/admin/keys/" + id, admin());
    assertThat(deleted.statusCode()).isEqualTo(200);
    assertThat(json(deleted).get("deleted").asBoolean()).isTrue();
    assertThat(chat(key)).isEqualTo(401);
    assertThat(gw.get("/admin/keys/" + id, admin()).statusCode()).isEqualTo(404);
    assertThat(gw.delete("/admin/keys/" + id, admin()).statusCode()).isEqualTo(404);
  }

  @Test
  void configKeysAreListedAndReadOnly() throws Exception {
    gw = GatewayHarness.start(yaml());
    create("{\"name\":\"api\"}");
    JsonNode data = json(gw.get("/admin/keys", admin())).get("data");
    assertThat(data).hasSize(2);
    JsonNode team = data.get(0);
    assertThat(team.get("name").asText()).isEqualTo("team");
    assertThat(team.get("source").asText()).isEqualTo("config");
    assertThat(team.get("usage").get("requests").asLong()).isZero();
    assertThat(data.get(1).get("source").asText()).isEqualTo("api");

    String id = team.get("id").asText();
    HttpResponse<String> del = gw.delete("/admin/keys/" + id, admin());
    assertThat(del.statusCode()).isEqualTo(400);
    assertThat(json(del).at("/error/message").asText()).contains("config").contains("read-only");
    assertThat(gw.post("/admin/keys/" + id + "/disable", "", admin()).statusCode()).isEqualTo(400);
    assertThat(chat("sk-config-team")).isEqualTo(200);
  }

  @Test
  void invalidCreateRequestsAre400NamingTheField() throws Exception {
    gw = GatewayHarness.start(yaml());
    String[][] cases = {
        {"{}", "'name'"},
        {"{\"name\":\"x\",\"rmp\":5}", "unknown field 'rmp'"},
        {"{\"name\":\"x\",\"budget_usd\":5,\"budget_period\":\"year\"}", "'budget_period'"},
        {"{\"name\":\"x\",\"rpm\":-1}", "'rpm'"},
        {"{\"name\":\"x\",\"rpm\":1.5}", "'rpm'"},
        {"{\"name\":\"x\",\"models\":[1]}", "'models'"},
        {"not json", "not valid JSON"}};
    for (String[] c : cases) {
      HttpResponse<String> r = gw.post("/admin/keys", c[0], admin());
      assertThat(r.statusCode()).as(c[0]).isEqualTo(400);
      assertThat(json(r).at("/error/message").asText()).as(c[0]).contains(c[1]);
      assertThat(json(r).at("/error/type").asText()).isEqualTo("invalid_request_error");
    }
    assertThat(json(gw.get("/admin/keys", admin())).get("data")).hasSize(1);
  }

  @Test
  void keysAndTheirStateSurviveARestartOnTheSameFile() throws Exception {
    gw = GatewayHarness.start(yaml());
    JsonNode a = create("{\"name\":\"kept\",\"models\":\"m, x-*\"}");
    JsonNode b = create("{\"name\":\"off\"}");
    gw.post("/admin/keys/" + b.get("id").asText() + "/disable", "", admin());
    gw.close();

    gw = GatewayHarness.start(yaml());
    assertThat(chat(a.get("key").asText())).isEqualTo(200);
    assertThat(chat(b.get("key").asText())).isEqualTo(403);
    JsonNode kept = json(gw.get("/admin/keys/" + a.get("id").asText(), admin()));
    assertThat(kept.get("models").toString()).isEqualTo("[\"m\",\"x-*\"]");
  }
}
