package dev.switchboard.engine.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The gateway's metrics, scraped at {@code /metrics} in Prometheus text format:
 * {@code switchboard_requests_total{format,model,outcome}}, {@code switchboard_request_duration_seconds},
 * {@code switchboard_attempts_total{provider,outcome}} and {@code switchboard_unpriced_requests_total{model}}.
 * Meters are looked up once per tag combination and cached, so the request path pays a map lookup
 * and an atomic add.
 */
public final class GatewayMetrics {

  /** Beyond this many distinct series, new model names are reported as {@code other}: labels stay bounded. */
  private static final int MAX_SERIES = 5000;

  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final ConcurrentHashMap<String, Counter> counters = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Timer> timers = new ConcurrentHashMap<>();

  /** A client request ended: its inbound format, requested model and outcome ({@code ok} or an error kind). */
  public void request(String format, String requestedModel, String outcome, Duration took) {
    String model = bounded("r|" + format + "|", requestedModel, "|" + outcome);
    counters.computeIfAbsent("r|" + format + "|" + model + "|" + outcome, k -> Counter.builder("switchboard_requests")
        .description("Client requests by inbound format, requested model and outcome")
        .tag("format", format).tag("model", model).tag("outcome", outcome).register(registry)).increment();
    timers.computeIfAbsent(format, f -> Timer.builder("switchboard_request_duration")
        .description("Time to serve a client request, streams included")
        .tag("format", f).publishPercentileHistogram().register(registry)).record(took);
  }

  /** One upstream attempt ended: the provider and {@code ok} or the failure kind. */
  public void attempt(String provider, String outcome) {
    counters.computeIfAbsent("a|" + provider + "|" + outcome, k -> Counter.builder("switchboard_attempts")
        .description("Upstream attempts by provider and outcome")
        .tag("provider", provider).tag("outcome", outcome).register(registry)).increment();
  }

  /** A request was served by a model without a price: its cost is unknown, never counted as $0. */
  public void unpriced(String upstreamModel) {
    String model = bounded("u|", upstreamModel, "");
    counters.computeIfAbsent("u|" + model, k -> Counter.builder("switchboard_unpriced_requests")
        .description("Requests whose model has no price (cost recorded as null)")
        .tag("model", model).register(registry)).increment();
  }

  /** The model label to use: the model itself, unless it would be a new series past the cap. */
  private String bounded(String prefix, String model, String suffix) {
    if (model == null) {
      return "none";
    }
    if (counters.size() < MAX_SERIES || counters.containsKey(prefix + model + suffix)) {
      return model;
    }
    return "other";
  }

  /** A usage record was dropped because the writer's queue was full (the store cannot keep up). */
  public void usageDropped() {
    counters.computeIfAbsent("d", k -> Counter.builder("switchboard_usage_records_dropped")
        .description("Usage records dropped because the writer's queue was full").register(registry)).increment();
  }

  /** The Prometheus text exposition of every meter. */
  public String scrape() {
    return registry.scrape();
  }
}
