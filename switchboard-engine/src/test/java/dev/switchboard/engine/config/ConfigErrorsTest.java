package dev.switchboard.engine.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each kind of configuration error, with the exact text a user sees. */
class ConfigErrorsTest {

  private static final Path NAME = Path.of("switchboard.yaml");

  private final ConfigLoader loader = new ConfigLoader();

  private List<String> problems(String yaml) {
    return problems(loader, yaml);
  }

  private static List<String> problems(ConfigLoader loader, String yaml) {
    ConfigException e = catchThrowableOfType(ConfigException.class, () -> loader.parse(yaml, NAME, Map.of()));
    assertThat(e).as("expected a ConfigException").isNotNull();
    assertThat(e.getMessage().split("\n")).containsExactlyElementsOf(
        e.problems().stream().map(ConfigProblem::toString).toList());
    return e.problems().stream().map(ConfigProblem::toString).toList();
  }

  @Test
  void unknownKeyGetsADidYouMeanHint() {
    String yaml = """
        server:
          port: 8317
        providers:
          - id: openai
            type: openai
            base-url: https://api.openai.com/v1
            wire-api: chat
            priority: 0
            rpm: 500
            credentials:
              - { key: sk-1, weight: 2 }
              - { key: sk-2, weigth: 1 }
        """;

    assertThat(problems(yaml)).containsExactly(
        "switchboard.yaml:12: providers[0].credentials[1]: unknown key 'weigth' (did you mean 'weight'?)");
  }

  @Test
  void unknownKeysAtEveryLevel() {
    String yaml = """
        sever: { port: 1 }
        routing:
          retyr: { attempts: 2 }
          timeout: { connect: 1s }
          colour: blue
        client-keys:
          - { key: k, budget: 5 }
        """;

    assertThat(problems(yaml)).containsExactly(
        "switchboard.yaml:1: unknown key 'sever' (did you mean 'server'?)",
        "switchboard.yaml:3: routing: unknown key 'retyr' (did you mean 'retry'?)",
        "switchboard.yaml:4: routing: unknown key 'timeout' (did you mean 'timeouts'?)",
        "switchboard.yaml:5: routing: unknown key 'colour' (known keys: strategy, retry, cooldown, timeouts,"
            + " stream-keepalive, fallbacks, quota-fallback)",
        "switchboard.yaml:7: client-keys[0]: unknown key 'budget' (did you mean 'budget_usd'?)");
  }

  @Test
  void snakeCaseIsNotAcceptedOutsideClientKeys() {
    assertThat(problems("server: { max_body: 1MiB }")).containsExactly(
        "switchboard.yaml:1: server: unknown key 'max_body' (did you mean 'max-body'?)");
  }

  @Test
  void wrongTypesAndRanges() {
    String yaml = """
        server:
          port: eighty
        limits:
          global-rpm: -5
        dashboard:
          enabled: maybe
        routing:
          quota-fallback: { threshold: 1.5 }
        """;

    assertThat(problems(yaml)).containsExactly(
        "switchboard.yaml:2: server.port: expected a whole number, got 'eighty'",
        "switchboard.yaml:4: limits.global-rpm: -5 is out of range; it must be at least 0",
        "switchboard.yaml:6: dashboard.enabled: expected true or false, got 'maybe'",
        "switchboard.yaml:8: routing.quota-fallback.threshold: must be between 0 and 1, got 1.5");
  }

  @Test
  void portsMustBeValid() {
    assertThat(problems("server: { port: 70000 }")).containsExactly(
        "switchboard.yaml:1: server.port: 70000 is out of range; it must be between 0 and 65535");
    assertThat(problems("server: { port: -1 }")).containsExactly(
        "switchboard.yaml:1: server.port: -1 is out of range; it must be between 0 and 65535");
  }

  @Test
  void enumValuesListTheAllowedOnes() {
    String yaml = """
        routing:
          strategy: round_robin
        providers:
          - { id: p, type: openai, wire-api: completions }
        client-keys:
          - { key: k, budget_usd: 1, budget_period: year }
        """;

    assertThat(problems(yaml)).containsExactly(
        "switchboard.yaml:2: routing.strategy: unknown value 'round_robin'; allowed values are round-robin,"
            + " weighted, fill-first, random (did you mean 'round-robin'?)",
        "switchboard.yaml:4: providers[0].wire-api: unknown value 'completions'; allowed values are chat, responses",
        "switchboard.yaml:6: client-keys[0].budget_period: unknown value 'year'; allowed values are day, week, month");
  }

  @Test
  void badDurationsAndSizes() {
    String yaml = """
        server: { max-body: 32MB }
        routing:
          stream-keepalive: 15
          retry: { initial-backoff: fast }
        """;

    assertThat(problems(yaml)).containsExactly(
        "switchboard.yaml:1: server.max-body: '32MB' is not a size; write a number of bytes or a number followed"
            + " by B, KiB, MiB or GiB (e.g. 32MiB)",
        "switchboard.yaml:3: routing.stream-keepalive: '15' is not a duration; write a number followed by"
            + " ms, s, m, h or d (e.g. 200ms, 15s, 1h, 90d)",
        "switchboard.yaml:4: routing.retry.initial-backoff: 'fast' is not a duration; write a number followed by"
            + " ms, s, m, h or d (e.g. 200ms, 15s, 1h, 90d)");
  }

  @Test
  void requiredFields() {
    String yaml = """
        providers:
          - type: openai
            credentials:
              - { weight: 2 }
          - id: nameless
            models:
              - { alias: x }
          - id: mock-ok
            type: mock
            credentials: [{ weight: 1 }]
        client-keys:
          - { name: no-key }
        """;

    assertThat(problems(yaml)).containsExactly(
        "switchboard.yaml:2: providers[0].id: required field is missing",
        "switchboard.yaml:4: providers[0].credentials[0].key: required field is missing",
        "switchboard.yaml:5: providers[1].type: required field is missing",
        "switchboard.yaml:7: providers[1].models[0].name: required field is missing",
        "switchboard.yaml:12: client-keys[0].key: required field is missing");
  }

  @Test
  void anEmptyRequiredValueIsAnError() {
    assertThat(problems("providers:\n  - { id: p, type: openai, credentials: [{ key: \"${KEY:-}\" }] }")).containsExactly(
        "switchboard.yaml:2: providers[0].credentials[0].key: required field is empty");
  }

  @Test
  void providerIdsAreUniqueAndTypesKnown() {
    String yaml = """
        providers:
          - { id: openai, type: openai }
          - { id: openai, type: opena }
          - { id: "has space", type: gemini }
        """;

    assertThat(problems(yaml)).containsExactly(
        "switchboard.yaml:3: providers[1].id: duplicate provider id 'openai' (already used by providers[0] on line 2)",
        "switchboard.yaml:3: providers[1].type: unknown provider type 'opena'; allowed values are anthropic, gemini,"
            + " mock, openai, openai-compatible (did you mean 'openai'?)",
        "switchboard.yaml:4: providers[2].id: 'has space' is not a valid provider id; use letters, digits, '.', '_'"
            + " and '-'");
  }

  @Test
  void knownProviderTypesComeFromTheLoader() {
    ConfigLoader custom = new ConfigLoader(Set.of("openai", "bedrock"));

    assertThat(custom.parse("providers: [{ id: b, type: bedrock }]", NAME, Map.of()).providers()).hasSize(1);
    assertThat(problems(custom, "providers: [{ id: m, type: mock }]")).containsExactly(
        "switchboard.yaml:1: providers[0].type: unknown provider type 'mock'; allowed values are bedrock, openai");
  }

  @Test
  void providerLimitsAndMockOptionsAreRangeChecked() {
    String yaml = """
        providers:
          - id: p
            type: openai
            rpm: -2
            credentials: [{ key: k, weight: 0 }]
          - id: m
            type: mock
            mock: { fail-rate: 1.5, fail-status: 200, chunks: 0 }
        """;

    assertThat(problems(yaml)).containsExactly(
        "switchboard.yaml:4: providers[0].rpm: -2 is out of range; it must be at least -1",
        "switchboard.yaml:5: providers[0].credentials[0].weight: 0 is out of range; it must be at least 1",
        "switchboard.yaml:8: providers[1].mock.fail-rate: must be between 0 and 1, got 1.5",
        "switchboard.yaml:8: providers[1].mock.fail-status: 200 is out of range; it must be between 400 and 599",
        "switchboard.yaml:8: providers[1].mock.chunks: 0 is out of range; it must be between 1 and 100000");
  }

  @Test
  void urlsAreChecked() {
    String yaml = """
        store: { url: "mysql://root:hunter2@db/sb" }
        redis: { url: "127.0.0.1:6379" }
        providers:
          - { id: p, type: openai, base-url: "api.openai.com/v1", proxy-url: "ftp://proxy", quota-url: "https://q.example.com/quota" }
        catalog:
          webhook-url: "not a url"
        """;

    assertThat(problems(yaml)).containsExactly(
        "switchboard.yaml:1: store.url: 'mysql://root:<redacted>@db/sb' must start with sqlite: or postgresql://"
            + " or postgres:// (e.g. sqlite:switchboard.db)",
        "switchboard.yaml:2: redis.url: '127.0.0.1:6379' must start with redis:// or rediss://"
            + " (e.g. redis://127.0.0.1:6379)",
        "switchboard.yaml:4: providers[0].base-url: 'api.openai.com/v1' is not an http or https URL"
            + " (e.g. https://api.example.com/v1)",
        "switchboard.yaml:4: providers[0].proxy-url: 'ftp://proxy' is not an http or https URL"
            + " (e.g. https://api.example.com/v1)",
        "switchboard.yaml:6: catalog.webhook-url: 'not a url' is not a valid URL (Illegal character in path)");
  }

  @Test
  void structureErrors() {
    String yaml = """
        server: 8317
        providers: openai
        routing:
          fallbacks:
            gpt-4o: claude
        client-keys:
          -
        """;

    assertThat(problems(yaml)).containsExactly(
        "switchboard.yaml:1: server: expected a mapping of keys to values, got '8317'",
        "switchboard.yaml:2: providers: expected a list, got 'openai'",
        "switchboard.yaml:5: routing.fallbacks.gpt-4o: expected a list, got 'claude'",
        "switchboard.yaml:7: client-keys[0]: empty list entry; a client key needs a key");
  }

  @Test
  void duplicateKeysAndRepeatedSpellings() {
    String yaml = """
        server:
          port: 1
          port: 2
        client-keys:
          - { key: same, budget_usd: 1, budget-usd: 2 }
          - { key: same }
        """;

    assertThat(problems(yaml)).containsExactly(
        "switchboard.yaml:3: server: duplicate key 'port' (first given on line 2)",
        "switchboard.yaml:5: client-keys[0]: 'budget_usd' and 'budget-usd' are the same field; give only one",
        "switchboard.yaml:6: client-keys[1].key: the same key is already given by client-keys[0]");
  }

  @Test
  void invalidYamlNamesTheLine() {
    String yaml = "server:\n  port: 8317\n  host: [unclosed\nadmin: {}\n";

    List<String> problems = problems(yaml);

    assertThat(problems).hasSize(1);
    assertThat(problems.get(0)).startsWith("switchboard.yaml:4: invalid YAML: ");
  }

  @Test
  void everyProblemIsCollectedAndTheMessageStopsAtTwenty() {
    StringBuilder yaml = new StringBuilder("providers:\n");
    for (int i = 0; i < 25; i++) {
      yaml.append("  - { id: p").append(i).append(", type: nope }\n");
    }

    ConfigException e = catchThrowableOfType(ConfigException.class,
        () -> loader.parse(yaml.toString(), NAME, Map.of()));

    assertThat(e.problems()).hasSize(25);
    String[] lines = e.getMessage().split("\n");
    assertThat(lines).hasSize(ConfigException.SHOWN + 1);
    assertThat(lines[0]).startsWith("switchboard.yaml:2: providers[0].type: unknown provider type 'nope'");
    assertThat(lines[ConfigException.SHOWN]).isEqualTo("(and 5 more problems)");
  }

  @Test
  void retryBackoffsMustBeOrdered() {
    assertThat(problems("routing: { retry: { initial-backoff: 10s, max-backoff: 1s } }")).containsExactly(
        "switchboard.yaml:1: routing.retry.max-backoff: max-backoff (1s) must not be shorter than"
            + " initial-backoff (10s)");
  }

  @Test
  void modelNamesAreUniqueWithinAProvider() {
    String yaml = """
        providers:
          - id: p
            type: openai
            models:
              - { name: gpt-4o, alias: gpt4 }
              - { name: gpt4 }
        """;

    assertThat(problems(yaml)).containsExactly(
        "switchboard.yaml:6: providers[0].models[1]: model name 'gpt4' is already used by providers[0].models[0]");
  }

  @Test
  void recursiveAnchorsAreRejectedNotFollowed() {
    assertThat(problems("server: &s { <<: *s, port: 1 }\n")).containsExactly(
        "switchboard.yaml:1: server: '<<' merges a mapping into itself");
  }
}
