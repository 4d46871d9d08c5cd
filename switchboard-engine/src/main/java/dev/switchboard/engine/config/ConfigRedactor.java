package dev.switchboard.engine.config;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.Json;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Writes the effective configuration as JSON for {@code GET /admin/config}, in the shape and key
 * names of {@code switchboard.yaml}, with every secret replaced by {@code "<redacted>"}: the admin
 * key, the dashboard password hash and JWT secret, credential and client keys, passwords in URLs,
 * and provider headers whose names look secret. An unset secret stays null, so the view still
 * shows whether it is configured. Durations and sizes are written as in the file ({@code 15s},
 * {@code 32MiB}).
 */
public final class ConfigRedactor {

  public static final String REDACTED = SecretUrl.REDACTED;

  public ObjectNode redact(SwitchboardConfig config) {
    ObjectNode root = Json.object();
    root.put("source", text(config.source()));
    root.set("server", server(config.server()));
    root.set("admin", Json.object().put("key", secret(config.admin().key())));
    root.set("dashboard", dashboard(config.dashboard()));
    root.set("store", Json.object().put("url", SecretUrl.redact(config.store().url())));
    root.set("redis", Json.object().put("url", SecretUrl.redact(config.redis().url())));
    ArrayNode keys = root.putArray("client-keys");
    config.clientKeys().forEach(k -> keys.add(clientKey(k)));
    root.set("limits", limits(config.limits()));
    root.set("routing", routing(config.routing()));
    ArrayNode providers = root.putArray("providers");
    config.providers().forEach(p -> providers.add(provider(p)));
    root.set("pricing", pricing(config.pricing()));
    root.set("usage", Json.object().put("retention", DurationText.format(config.usage().retention())));
    root.set("catalog", catalog(config.catalog()));
    root.set("relay-sync", Json.object()
        .put("config", text(config.relaySync().config()))
        .put("every", DurationText.format(config.relaySync().every())));
    root.set("metrics", Json.object().put("auth", config.metrics().auth()));
    return root;
  }

  private static ObjectNode routing(RoutingConfig routing) {
    RetryConfig retry = routing.retry();
    CooldownConfig cooldown = routing.cooldown();
    ObjectNode fallbacks = Json.object();
    routing.fallbacks().forEach((model, targets) -> fallbacks.set(model, strings(targets)));
    return Json.object()
        .put("strategy", YamlValue.kebab(routing.strategy()))
        .<ObjectNode>set("retry", Json.object()
            .put("attempts", retry.attempts())
            .put("initial-backoff", duration(retry.initialBackoff()))
            .put("max-backoff", duration(retry.maxBackoff())))
        .<ObjectNode>set("cooldown", Json.object()
            .put("rate-limited", duration(cooldown.rateLimited()))
            .put("server-error", duration(cooldown.serverError()))
            .put("network", duration(cooldown.network()))
            .put("auth", duration(cooldown.auth())))
        .<ObjectNode>set("timeouts", timeouts(routing.timeouts()))
        .put("stream-keepalive", duration(routing.streamKeepalive()))
        .<ObjectNode>set("fallbacks", fallbacks)
        .set("quota-fallback", Json.object()
            .put("threshold", routing.quotaFallback().threshold())
            .put("poll-interval", duration(routing.quotaFallback().pollInterval())));
  }

  private static ObjectNode provider(ProviderConfig p) {
    ObjectNode node = Json.object()
        .put("id", p.id())
        .put("type", p.type())
        .put("base-url", SecretUrl.redact(p.baseUrl()))
        .put("wire-api", p.wireApi() == null ? null : YamlValue.kebab(p.wireApi()))
        .put("priority", p.priority())
        .put("prefix", p.prefix());
    node.set("excluded-models", strings(p.excludedModels()));
    if (p.models() == null) {
      node.putNull("models");
    } else {
      ArrayNode models = node.putArray("models");
      p.models().forEach(m -> models.add(
          Json.object().put("name", m.name()).put("alias", m.alias()).put("upstream", m.upstream())));
    }
    ObjectNode headers = node.putObject("headers");
    p.headers().forEach((name, value) -> headers.put(name, SecretUrl.looksSecret(name) ? REDACTED : value));
    node.put("proxy-url", SecretUrl.redact(p.proxyUrl()))
        .put("rpm", p.rpm())
        .put("rpd", p.rpd())
        .put("quota-url", SecretUrl.redact(p.quotaUrl()));
    ArrayNode credentials = node.putArray("credentials");
    p.credentials().forEach(c -> credentials.add(
        Json.object().put("key", secret(c.key())).put("weight", c.weight()).put("disabled", c.disabled())));
    MockConfig mock = p.mock();
    node.set("mock", mock == null ? null : Json.object()
        .put("latency", duration(mock.latency()))
        .put("chunks", mock.chunks())
        .put("text", mock.text())
        .put("fail-rate", mock.failRate())
        .put("fail-status", mock.failStatus()));
    node.set("timeouts", p.timeouts() == null ? null : timeouts(p.timeouts()));
    return node;
  }

  private static ObjectNode timeouts(TimeoutsConfig timeouts) {
    return Json.object()
        .put("connect", duration(timeouts.connect()))
        .put("first-byte", duration(timeouts.firstByte()))
        .put("idle", duration(timeouts.idle()));
  }

  private static String secret(String value) {
    return value == null ? null : REDACTED;
  }

  private static ArrayNode strings(List<String> values) {
    ArrayNode array = Json.array();
    values.forEach(array::add);
    return array;
  }

  private static String duration(Duration duration) {
    return DurationText.format(duration);
  }

  private static ObjectNode server(ServerConfig server) {
    ObjectNode node = Json.object()
        .put("host", server.host())
        .put("port", server.port())
        .put("max-body", SizeText.format(server.maxBodyBytes()));
    TlsConfig tls = server.tls();
    node.set("tls", tls == null ? null : Json.object().put("cert", text(tls.cert())).put("key", text(tls.key())));
    return node;
  }

  private static ObjectNode dashboard(DashboardConfig dashboard) {
    return Json.object()
        .put("enabled", dashboard.enabled())
        .put("username", dashboard.username())
        .put("password-hash", secret(dashboard.passwordHash()))
        .put("jwt-secret", secret(dashboard.jwtSecret()));
  }

  private static ObjectNode clientKey(ClientKeyConfig key) {
    return Json.object()
        .put("key", secret(key.key()))
        .put("name", key.name())
        .put("rpm", key.rpm())
        .put("rpd", key.rpd())
        .put("tpm", key.tpm())
        .put("budget_usd", key.budgetUsd())
        .put("budget_period", key.budgetPeriod() == null ? null : YamlValue.kebab(key.budgetPeriod()))
        .set("models", strings(key.models()));
  }

  private static ObjectNode limits(LimitsConfig limits) {
    return Json.object()
        .put("global-rpm", limits.globalRpm())
        .put("per-key-rpm", limits.perKeyRpm())
        .put("per-key-rpd", limits.perKeyRpd())
        .put("per-key-tpm", limits.perKeyTpm());
  }

  private static ObjectNode pricing(PricingConfig pricing) {
    ObjectNode overrides = Json.object();
    for (Map.Entry<String, PriceOverride> e : pricing.overrides().entrySet()) {
      PriceOverride price = e.getValue();
      overrides.set(e.getKey(), Json.object()
          .put("input", price.input())
          .put("output", price.output())
          .put("cache-read", price.cacheRead())
          .put("cache-write", price.cacheWrite())
          .put("reasoning", price.reasoning()));
    }
    return Json.object().set("overrides", overrides);
  }

  private static ObjectNode catalog(CatalogConfig catalog) {
    ObjectNode node = Json.object();
    ArrayNode sources = node.putArray("sources");
    for (CatalogSourceConfig source : catalog.sources()) {
      sources.add(Json.object()
          .put("id", source.id())
          .put("url", SecretUrl.redact(source.url()))
          .put("transformer", source.transformer())
          .put("key-env", source.keyEnv())
          .put("update-frequency", source.updateFrequency())
          .put("authoritative", source.authoritative()));
    }
    return node.put("webhook-url", SecretUrl.redact(catalog.webhookUrl()));
  }

  private static String text(Path path) {
    return path == null ? null : path.toString();
  }
}
