package dev.switchboard.engine.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigInterpolationTest {

  private static final Path NAME = Path.of("switchboard.yaml");

  @TempDir
  Path dir;

  private final ConfigLoader loader = new ConfigLoader();

  @Test
  void replacesVariablesInsideAndAroundText() {
    String yaml = """
        admin: { key: "${ADMIN}" }
        dashboard: { username: "user-${TEAM}-${ENVIRONMENT}" }
        """;

    SwitchboardConfig config = loader.parse(yaml, NAME, Map.of("ADMIN", "a1", "TEAM", "red", "ENVIRONMENT", "prod"));

    assertThat(config.admin().key()).isEqualTo("a1");
    assertThat(config.dashboard().username()).isEqualTo("user-red-prod");
  }

  @Test
  void defaultsApplyWhenTheVariableIsUnsetOrEmpty() {
    String yaml = """
        server: { host: "${HOST:-127.0.0.1}", port: "${PORT:-9000}" }
        dashboard: { username: "${USER_NAME:-ops}" }
        """;

    SwitchboardConfig unset = loader.parse(yaml, NAME, Map.of());
    SwitchboardConfig set = loader.parse(yaml, NAME, Map.of("HOST", "10.0.0.1", "PORT", "8080", "USER_NAME", ""));

    assertThat(unset.server().host()).isEqualTo("127.0.0.1");
    assertThat(unset.server().port()).isEqualTo(9000);
    assertThat(set.server().host()).isEqualTo("10.0.0.1");
    assertThat(set.server().port()).isEqualTo(8080);
    assertThat(set.dashboard().username()).isEqualTo("ops");
  }

  @Test
  void anEmptyDefaultMeansNotSetForOptionalFields() {
    String yaml = """
        admin: { key: "${ADMIN_KEY:-}" }
        redis: { url: "${REDIS_URL:-}" }
        providers:
          - { id: p, type: openai, proxy-url: "${PROXY:-}", credentials: [{ key: k }] }
        """;

    SwitchboardConfig config = loader.parse(yaml, NAME, Map.of());

    assertThat(config.admin().key()).isNull();
    assertThat(config.redis().enabled()).isFalse();
    assertThat(config.providers().get(0).proxyUrl()).isNull();
  }

  @Test
  void doubleDollarEscapesALiteralReference() {
    String yaml = "providers:\n  - { id: m, type: mock, mock: { text: \"costs $$5 or $${NOT_A_VAR} $HOME\" } }\n";

    SwitchboardConfig config = loader.parse(yaml, NAME, Map.of("NOT_A_VAR", "oops", "HOME", "/root"));

    assertThat(config.providers().get(0).mock().text()).isEqualTo("costs $$5 or ${NOT_A_VAR} $HOME");
  }

  @Test
  void anUnsetVariableWithoutDefaultNamesFileLineFieldAndVariable() {
    String yaml = """
        server:
          port: 8317
        admin:
          key: ${SWITCHBOARD_ADMIN_KEY}
        """;

    assertThatThrownBy(() -> loader.parse(yaml, NAME, Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessage("switchboard.yaml:4: admin.key: environment variable SWITCHBOARD_ADMIN_KEY is not set");
  }

  @Test
  void malformedReferencesAreErrors() {
    assertThatThrownBy(() -> loader.parse("admin: { key: \"${OPEN\" }", NAME, Map.of()))
        .hasMessage("switchboard.yaml:1: admin.key: '${' is not closed with '}' (write $${ for a literal ${)");
    assertThatThrownBy(() -> loader.parse("admin: { key: \"${1BAD}\" }", NAME, Map.of()))
        .hasMessage("switchboard.yaml:1: admin.key: '${1BAD}' is not a valid variable reference;"
            + " write ${NAME} or ${NAME:-default}");
  }

  @Test
  void dotEnvBesideTheConfigIsReadAndTheRealEnvironmentWins() throws IOException {
    Files.writeString(dir.resolve(".env"), """
        # secrets for local runs
        export ADMIN_KEY=from-dotenv
        JWT_SECRET="dotenv \\"quoted\\" secret"
        TEAM=blue # a comment
        """);
    Path file = dir.resolve("switchboard.yaml");
    Files.writeString(file, """
        admin: { key: "${ADMIN_KEY}" }
        dashboard: { jwt-secret: "${JWT_SECRET}", username: "${TEAM}" }
        """);

    SwitchboardConfig config = loader.load(file, Map.of("ADMIN_KEY", "from-environment"));

    assertThat(config.admin().key()).isEqualTo("from-environment");
    assertThat(config.dashboard().jwtSecret()).isEqualTo("dotenv \"quoted\" secret");
    assertThat(config.dashboard().username()).isEqualTo("blue");
  }

  @Test
  void loadWorksWithoutADotEnvFile() throws IOException {
    Path file = dir.resolve("switchboard.yaml");
    Files.writeString(file, "admin: { key: \"${ADMIN_KEY:-none}\" }\n");

    assertThat(loader.load(file, Map.of()).admin().key()).isEqualTo("none");
  }

  @Test
  void aMissingConfigFileIsAConfigException() {
    Path file = dir.resolve("missing.yaml");

    assertThatThrownBy(() -> loader.load(file, Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessage(file + ": the config file does not exist");
  }
}
