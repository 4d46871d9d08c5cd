package dev.switchboard.engine.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

  static final Map<String, String> EXAMPLE_ENV = Map.of(
      "SWITCHBOARD_ADMIN_KEY", "adm-secret-1",
      "DASHBOARD_JWT_SECRET", "jwt-secret-2",
      "TEAM_KEY", "sk-team-3",
      "OPENAI_KEY_1", "sk-openai-4",
      "OPENAI_KEY_2", "sk-openai-5");

  @TempDir
  Path dir;

  private final ConfigLoader loader = new ConfigLoader();

  static Path copyExample(Path dir) throws IOException {
    Path file = dir.resolve("switchboard.yaml");
    try (InputStream in = ConfigLoaderTest.class.getResourceAsStream("/config/interface-example.yaml")) {
      Files.copy(in, file);
    }
    return file;
  }

  @Test
  void interfaceExampleParsesToTheExpectedRecords() throws IOException {
    Path file = copyExample(dir);

    SwitchboardConfig config = loader.load(file, EXAMPLE_ENV);

    assertThat(config.source()).isEqualTo(file);
    assertThat(config.server()).isEqualTo(new ServerConfig("0.0.0.0", 8317, 32L * 1024 * 1024,
        new TlsConfig(dir.resolve("cert.pem"), dir.resolve("key.pem"))));
    assertThat(config.admin()).isEqualTo(new AdminConfig("adm-secret-1"));
    assertThat(config.dashboard()).isEqualTo(new DashboardConfig(true, "admin", "$2b$12$...", "jwt-secret-2"));
    assertThat(config.store()).isEqualTo(new StoreConfig("sqlite:" + dir.resolve("switchboard.db")));
    assertThat(config.redis()).isEqualTo(new RedisConfig("redis://127.0.0.1:6379"));
    assertThat(config.clientKeys()).containsExactly(new ClientKeyConfig(
        "sk-team-3", "team", 600, null, null, null, null, List.of("gpt-*", "claude-*")));
    assertThat(config.limits()).isEqualTo(LimitsConfig.NONE);
    assertThat(config.routing()).isEqualTo(new RoutingConfig(
        Strategy.ROUND_ROBIN, RetryConfig.DEFAULT, CooldownConfig.DEFAULT, TimeoutsConfig.DEFAULT,
        Duration.ofSeconds(15), Map.of("gpt-4o", List.of("claude-sonnet-4-5", "gemini-2.5-flash")),
        QuotaFallbackConfig.DEFAULT));
    assertThat(config.providers()).containsExactly(
        new ProviderConfig("openai", "openai", "https://api.openai.com/v1", WireApi.CHAT, 0, "openai/",
            List.of("*-preview"),
            List.of(new ModelConfig("gpt-4o", "gpt4", null),
                new ModelConfig("gpt-4o-mini", null, "gpt-4o-mini-2024-07-18")),
            Map.of("OpenAI-Organization", "org-123"), null, 500, -1, null,
            List.of(new CredentialConfig("sk-openai-4", 2, false), new CredentialConfig("sk-openai-5", 1, false)),
            null, null),
        new ProviderConfig("local-mock", "mock", null, WireApi.CHAT, 0, null, List.of(), null, Map.of(),
            null, -1, -1, null, List.of(), MockConfig.DEFAULT, null));
    assertThat(config.pricing().overrides()).containsExactly(Map.entry("my-model", new PriceOverride(
        new BigDecimal("1.0"), new BigDecimal("2.0"), new BigDecimal("0.1"), new BigDecimal("1.25"), null)));
    assertThat(config.usage()).isEqualTo(new UsageConfig(Duration.ofDays(90)));
    assertThat(config.catalog()).isEqualTo(new CatalogConfig(List.of(new CatalogSourceConfig(
        "openrouter", "https://openrouter.ai/api/v1/models", "openrouter", "OPENROUTER_API_KEY", "daily", true)),
        null));
    assertThat(config.relaySync()).isEqualTo(new RelaySyncConfig(dir.resolve("sync.json"), Duration.ofHours(1)));
    assertThat(config.metrics()).isEqualTo(MetricsConfig.DEFAULT);
  }

  @Test
  void emptyFileGivesEveryDefault() {
    Path name = Path.of("/srv/switchboard/switchboard.yaml");

    SwitchboardConfig config = loader.parse("# nothing configured yet\n", name, Map.of());

    assertThat(config.server()).isEqualTo(ServerConfig.DEFAULT);
    assertThat(config.admin()).isEqualTo(new AdminConfig(null));
    assertThat(config.admin().enabled()).isFalse();
    assertThat(config.dashboard()).isEqualTo(DashboardConfig.DEFAULT);
    assertThat(config.store()).isEqualTo(new StoreConfig("sqlite:/srv/switchboard/switchboard.db"));
    assertThat(config.redis()).isEqualTo(RedisConfig.NONE);
    assertThat(config.clientKeys()).isEmpty();
    assertThat(config.limits()).isEqualTo(LimitsConfig.NONE);
    assertThat(config.routing()).isEqualTo(RoutingConfig.DEFAULT);
    assertThat(config.providers()).isEmpty();
    assertThat(config.pricing()).isEqualTo(PricingConfig.NONE);
    assertThat(config.usage()).isEqualTo(UsageConfig.DEFAULT);
    assertThat(config.catalog()).isEqualTo(CatalogConfig.DEFAULT);
    assertThat(config.relaySync()).isEqualTo(RelaySyncConfig.NONE);
    assertThat(config.metrics()).isEqualTo(MetricsConfig.DEFAULT);
    assertThat(config.source()).isEqualTo(name);
  }

  @Test
  void emptyTextAndEmptySectionsAlsoGiveDefaults() {
    Path name = Path.of("/srv/switchboard.yaml");
    assertThat(loader.parse("", name, Map.of()).routing()).isEqualTo(RoutingConfig.DEFAULT);

    SwitchboardConfig config = loader.parse("server:\nrouting: {}\nproviders: []\n", name, Map.of());

    assertThat(config.server()).isEqualTo(ServerConfig.DEFAULT);
    assertThat(config.routing()).isEqualTo(RoutingConfig.DEFAULT);
    assertThat(config.providers()).isEmpty();
  }

  @Test
  void omittedFieldsOfAWrittenSectionKeepTheirDefaults() {
    String yaml = """
        routing:
          strategy: fill-first
          retry: { attempts: 5 }
          timeouts: { idle: 30s }
        """;

    RoutingConfig routing = loader.parse(yaml, Path.of("switchboard.yaml"), Map.of()).routing();

    assertThat(routing.strategy()).isEqualTo(Strategy.FILL_FIRST);
    assertThat(routing.retry()).isEqualTo(new RetryConfig(5, Duration.ofMillis(200), Duration.ofSeconds(5)));
    assertThat(routing.timeouts()).isEqualTo(
        new TimeoutsConfig(Duration.ofSeconds(10), Duration.ofSeconds(120), Duration.ofSeconds(30)));
    assertThat(routing.cooldown()).isEqualTo(CooldownConfig.DEFAULT);
  }

  @Test
  void providerDetailsBindWithTheirDefaultsAndOverrides() {
    String yaml = """
        providers:
          - id: groq
            type: openai-compatible
            base-url: https://api.groq.com/openai/v1
            wire-api: responses
            priority: -2
            models: [llama-3.3-70b, { name: qwen, upstream: qwen-2.5-32b }]
            timeouts: { first-byte: 30s }
            credentials:
              - key: gsk-1
          - id: fake
            type: mock
            credentials: [{ weight: 3 }]
            mock: { fail-rate: 0.5, fail-status: 429 }
        """;

    List<ProviderConfig> providers = loader.parse(yaml, Path.of("switchboard.yaml"), Map.of()).providers();

    ProviderConfig groq = providers.get(0);
    assertThat(groq.wireApi()).isEqualTo(WireApi.RESPONSES);
    assertThat(groq.priority()).isEqualTo(-2);
    assertThat(groq.passthrough()).isFalse();
    assertThat(groq.models()).containsExactly(
        new ModelConfig("llama-3.3-70b", null, null), new ModelConfig("qwen", null, "qwen-2.5-32b"));
    assertThat(groq.models().get(1).upstreamName()).isEqualTo("qwen-2.5-32b");
    assertThat(groq.timeouts()).isEqualTo(new TimeoutsConfig(null, Duration.ofSeconds(30), null));
    assertThat(TimeoutsConfig.DEFAULT.overriddenBy(groq.timeouts()).firstByte()).isEqualTo(Duration.ofSeconds(30));
    assertThat(groq.credentials()).containsExactly(new CredentialConfig("gsk-1", 1, false));
    assertThat(groq.rpm()).isEqualTo(-1);
    assertThat(groq.mock()).isNull();
    ProviderConfig fake = providers.get(1);
    assertThat(fake.passthrough()).isTrue();
    assertThat(fake.credentials()).containsExactly(new CredentialConfig(null, 3, false));
    assertThat(fake.mock()).isEqualTo(new MockConfig(Duration.ofMillis(20), 16, "Hello from the mock.", 0.5, 429));
  }

  @Test
  void clientKeysAcceptTheAdminApiNamesAndKebabCase() {
    String yaml = """
        client-keys:
          - { key: sk-a, name: a, budget_usd: 12.5, budget_period: week, rpd: 100, tpm: 5000 }
          - { key: sk-b, name: b, budget-usd: 3, budget-period: day }
          - { key: sk-c, budget_usd: 1 }
        """;

    List<ClientKeyConfig> keys = loader.parse(yaml, Path.of("switchboard.yaml"), Map.of()).clientKeys();

    assertThat(keys).containsExactly(
        new ClientKeyConfig("sk-a", "a", null, 100, 5000, new BigDecimal("12.5"), BudgetPeriod.WEEK, List.of()),
        new ClientKeyConfig("sk-b", "b", null, null, null, new BigDecimal("3"), BudgetPeriod.DAY, List.of()),
        new ClientKeyConfig("sk-c", null, null, null, null, BigDecimal.ONE, BudgetPeriod.MONTH, List.of()));
  }

  @Test
  void storeUrlsResolveRelativeSqliteFilesOnly() {
    Path name = Path.of("/etc/sb/switchboard.yaml");
    assertThat(storeUrl("sqlite:data/sb.db", name)).isEqualTo("sqlite:/etc/sb/data/sb.db");
    assertThat(storeUrl("sqlite:/var/lib/sb.db", name)).isEqualTo("sqlite:/var/lib/sb.db");
    assertThat(storeUrl("sqlite::memory:", name)).isEqualTo("sqlite::memory:");
    assertThat(storeUrl("postgres://u:p@db:5432/sb", name)).isEqualTo("postgres://u:p@db:5432/sb");
  }

  private String storeUrl(String url, Path name) {
    return loader.parse("store: { url: \"" + url + "\" }", name, Map.of()).store().url();
  }

  @Test
  void durationsAndSizesTakeTheirUnits() {
    String yaml = """
        server: { max-body: 512KiB }
        routing:
          retry: { initial-backoff: 250ms, max-backoff: 2m }
          cooldown: { rate-limited: 1.5s, auth: 1d }
        usage: { retention: 30d }
        """;

    SwitchboardConfig config = loader.parse(yaml, Path.of("switchboard.yaml"), Map.of());

    assertThat(config.server().maxBodyBytes()).isEqualTo(512 * 1024);
    assertThat(config.routing().retry().initialBackoff()).isEqualTo(Duration.ofMillis(250));
    assertThat(config.routing().retry().maxBackoff()).isEqualTo(Duration.ofMinutes(2));
    assertThat(config.routing().cooldown().rateLimited()).isEqualTo(Duration.ofMillis(1500));
    assertThat(config.routing().cooldown().auth()).isEqualTo(Duration.ofDays(1));
    assertThat(config.usage().retention()).isEqualTo(Duration.ofDays(30));
  }

  @Test
  void anchorsAndMergeKeysLetProvidersShareSettings() {
    String yaml = """
        providers:
          - &base
            id: east
            type: openai-compatible
            base-url: https://east.example.com/v1
            rpm: 100
            credentials: [{ key: k-east }]
          - <<: *base
            id: west
            base-url: https://west.example.com/v1
        """;

    List<ProviderConfig> providers = loader.parse(yaml, Path.of("switchboard.yaml"), Map.of()).providers();

    assertThat(providers).extracting(ProviderConfig::id).containsExactly("east", "west");
    assertThat(providers.get(1).baseUrl()).isEqualTo("https://west.example.com/v1");
    assertThat(providers.get(1).rpm()).isEqualTo(100);
    assertThat(providers.get(1).credentials()).containsExactly(new CredentialConfig("k-east", 1, false));
  }
}
