package dev.switchboard.engine.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Binds {@code routing} (strategy, retry, cooldowns, timeouts, keepalive, fallbacks, quota
 * fallback) and {@code limits}. Fallback lists name any models: they are not checked against
 * providers, since a passthrough provider may serve models no config names.
 */
final class RoutingBinder {

  private static final int MAX = Integer.MAX_VALUE;

  private RoutingBinder() {}

  static LimitsConfig limits(YamlMapping m) {
    LimitsConfig d = LimitsConfig.NONE;
    LimitsConfig limits = new LimitsConfig(
        m.integer("global-rpm", d.globalRpm(), 0, MAX),
        m.integer("per-key-rpm", d.perKeyRpm(), 0, MAX),
        m.integer("per-key-rpd", d.perKeyRpd(), 0, MAX),
        m.integer("per-key-tpm", d.perKeyTpm(), 0, MAX));
    m.finish();
    return limits;
  }

  static RoutingConfig routing(YamlMapping m) {
    RoutingConfig d = RoutingConfig.DEFAULT;
    RoutingConfig routing = new RoutingConfig(
        m.choice("strategy", d.strategy()),
        retry(m.mapping("retry")),
        cooldown(m.mapping("cooldown")),
        timeouts(m.mapping("timeouts"), TimeoutsConfig.DEFAULT),
        m.duration("stream-keepalive", d.streamKeepalive()),
        fallbacks(m.mapping("fallbacks")),
        quotaFallback(m.mapping("quota-fallback")));
    m.finish();
    return routing;
  }

  /**
   * {@code timeouts} with each omitted field taken from {@code base}; for a provider's overrides
   * {@code base} has null fields, so only what is written overrides the routing timeouts.
   */
  static TimeoutsConfig timeouts(YamlMapping m, TimeoutsConfig base) {
    TimeoutsConfig timeouts = new TimeoutsConfig(
        m.duration("connect", base.connect()),
        m.duration("first-byte", base.firstByte()),
        m.duration("idle", base.idle()));
    m.finish();
    return timeouts;
  }

  private static RetryConfig retry(YamlMapping m) {
    RetryConfig d = RetryConfig.DEFAULT;
    RetryConfig retry = new RetryConfig(
        m.integer("attempts", d.attempts(), 1, 100),
        m.duration("initial-backoff", d.initialBackoff()),
        m.duration("max-backoff", d.maxBackoff()));
    if (retry.maxBackoff().compareTo(retry.initialBackoff()) < 0) {
      String key = m.node("max-backoff") != null ? "max-backoff" : "initial-backoff";
      m.context().report(m.node(key), m.child(key), "max-backoff ("
          + DurationText.format(retry.maxBackoff()) + ") must not be shorter than initial-backoff ("
          + DurationText.format(retry.initialBackoff()) + ")");
    }
    m.finish();
    return retry;
  }

  private static CooldownConfig cooldown(YamlMapping m) {
    CooldownConfig d = CooldownConfig.DEFAULT;
    CooldownConfig cooldown = new CooldownConfig(
        m.duration("rate-limited", d.rateLimited()),
        m.duration("server-error", d.serverError()),
        m.duration("network", d.network()),
        m.duration("auth", d.auth()));
    m.finish();
    return cooldown;
  }

  private static Map<String, List<String>> fallbacks(YamlMapping m) {
    Map<String, List<String>> fallbacks = new LinkedHashMap<>();
    for (String model : m.keys()) {
      List<String> targets = m.strings(model);
      if (targets != null) {
        fallbacks.put(model, targets);
      }
    }
    m.finish();
    return fallbacks;
  }

  private static QuotaFallbackConfig quotaFallback(YamlMapping m) {
    QuotaFallbackConfig d = QuotaFallbackConfig.DEFAULT;
    QuotaFallbackConfig quota = new QuotaFallbackConfig(
        m.fraction("threshold", d.threshold()),
        m.duration("poll-interval", d.pollInterval()));
    m.finish();
    return quota;
  }
}
