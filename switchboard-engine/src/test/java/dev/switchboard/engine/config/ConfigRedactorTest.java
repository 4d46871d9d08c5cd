package dev.switchboard.engine.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.Json;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigRedactorTest {

  private static final List<String> SECRETS = List.of(
      "adm-secret-1", "jwt-secret-2", "sk-team-3", "sk-openai-4", "sk-openai-5",
      "$2b$12$abcdefghijklmnopqrstuuVWXYZ0123456789abcdefghijklmnopq", "pg-pass-6", "redis-pass-7",
      "hdr-token-8", "hdr-key-9", "cookie-10", "proxy-pass-11", "query-key-12", "gem-key-13", "sk-static-14");

  @TempDir
  Path dir;

  private final ConfigLoader loader = new ConfigLoader();
  private final ConfigRedactor redactor = new ConfigRedactor();

  private SwitchboardConfig everySecretConfig() {
    String yaml = """
        admin: { key: "${ADMIN}" }
        dashboard:
          password-hash: "$2b$12$abcdefghijklmnopqrstuuVWXYZ0123456789abcdefghijklmnopq"
          jwt-secret: jwt-secret-2
        store: { url: "postgresql://switchboard:pg-pass-6@db.internal:5432/sb?sslmode=require" }
        redis: { url: "redis://:redis-pass-7@cache:6379/0" }
        client-keys:
          - { key: sk-team-3, name: team }
          - { key: sk-static-14, name: ops }
        providers:
          - id: openai
            type: openai
            headers:
              OpenAI-Organization: org-123
              Authorization: Bearer hdr-token-8
              X-Api-Key: hdr-key-9
              Cookie: session=cookie-10
            proxy-url: "http://me:proxy-pass-11@proxy.internal:3128"
            quota-url: "https://quota.example.com/check?api_key=query-key-12&window=day"
            credentials:
              - { key: sk-openai-4 }
              - { key: sk-openai-5, weight: 3 }
          - id: gemini
            type: gemini
            base-url: "https://generativelanguage.googleapis.com?key=gem-key-13"
            credentials: [{ key: gem-key-13 }]
        """;
    return loader.parse(yaml, dir.resolve("switchboard.yaml"), Map.of("ADMIN", "adm-secret-1"));
  }

  @Test
  void noSecretAppearsInTheSerializedView() {
    String json = Json.write(redactor.redact(everySecretConfig()));

    for (String secret : SECRETS) {
      assertThat(json).as("the view must not contain %s", secret).doesNotContain(secret);
    }
  }

  @Test
  void secretsAreMarkedRedactedAndTheRestIsKept() {
    ObjectNode view = redactor.redact(everySecretConfig());

    assertThat(view.at("/admin/key").asText()).isEqualTo("<redacted>");
    assertThat(view.at("/dashboard/password-hash").asText()).isEqualTo("<redacted>");
    assertThat(view.at("/dashboard/jwt-secret").asText()).isEqualTo("<redacted>");
    assertThat(view.at("/client-keys/0/key").asText()).isEqualTo("<redacted>");
    assertThat(view.at("/client-keys/0/name").asText()).isEqualTo("team");
    assertThat(view.at("/store/url").asText())
        .isEqualTo("postgresql://switchboard:<redacted>@db.internal:5432/sb?sslmode=require");
    assertThat(view.at("/redis/url").asText()).isEqualTo("redis://:<redacted>@cache:6379/0");
    ObjectNode headers = (ObjectNode) view.at("/providers/0/headers");
    assertThat(headers.get("OpenAI-Organization").asText()).isEqualTo("org-123");
    assertThat(headers.get("Authorization").asText()).isEqualTo("<redacted>");
    assertThat(view.at("/providers/0/proxy-url").asText()).isEqualTo("http://me:<redacted>@proxy.internal:3128");
    assertThat(view.at("/providers/0/quota-url").asText())
        .isEqualTo("https://quota.example.com/check?api_key=<redacted>&window=day");
    assertThat(view.at("/providers/0/credentials/1/key").asText()).isEqualTo("<redacted>");
    assertThat(view.at("/providers/0/credentials/1/weight").asInt()).isEqualTo(3);
  }

  @Test
  void unsetSecretsStayNullAndValuesKeepTheFileForms() throws IOException {
    SwitchboardConfig config = loader.load(ConfigLoaderTest.copyExample(dir), ConfigLoaderTest.EXAMPLE_ENV);

    ObjectNode view = redactor.redact(config);

    assertThat(view.at("/server/max-body").asText()).isEqualTo("32MiB");
    assertThat(view.at("/routing/strategy").asText()).isEqualTo("round-robin");
    assertThat(view.at("/routing/retry/initial-backoff").asText()).isEqualTo("200ms");
    assertThat(view.at("/routing/cooldown/auth").asText()).isEqualTo("1h");
    assertThat(view.at("/usage/retention").asText()).isEqualTo("90d");
    assertThat(view.at("/routing/fallbacks/gpt-4o/1").asText()).isEqualTo("gemini-2.5-flash");
    assertThat(view.at("/providers/1/models").isNull()).isTrue();
    assertThat(view.at("/providers/1/mock/latency").asText()).isEqualTo("20ms");
    assertThat(view.at("/catalog/sources/0/key-env").asText()).isEqualTo("OPENROUTER_API_KEY");
    String json = Json.write(view);
    for (String secret : ConfigLoaderTest.EXAMPLE_ENV.values()) {
      assertThat(json).doesNotContain(secret);
    }

    SwitchboardConfig bare = loader.parse("", dir.resolve("switchboard.yaml"), Map.of());
    ObjectNode bareView = redactor.redact(bare);
    assertThat(bareView.at("/admin/key").isNull()).isTrue();
    assertThat(bareView.at("/dashboard/jwt-secret").isNull()).isTrue();
  }
}
