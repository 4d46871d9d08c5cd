package dev.switchboard.engine.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class GatewayMetricsTest {

  @Test
  void countsRequestsAttemptsAndUnpricedUsageInPrometheusText() {
    GatewayMetrics m = new GatewayMetrics();
    m.request("openai_chat", "gpt-4o", "ok", Duration.ofMillis(12));
    m.request("openai_chat", "gpt-4o", "ok", Duration.ofMillis(30));
    m.attempt("openai", "rate_limited");
    m.unpriced("my-model");

    String text = m.scrape();
    assertThat(text).contains("switchboard_requests_total{format=\"openai_chat\",model=\"gpt-4o\",outcome=\"ok\"} 2.0");
    assertThat(text).contains("switchboard_attempts_total{outcome=\"rate_limited\",provider=\"openai\"} 1.0");
    assertThat(text).contains("switchboard_unpriced_requests_total{model=\"my-model\"} 1.0");
    assertThat(text).contains("switchboard_request_duration_seconds_count{format=\"openai_chat\"} 2");
  }

  @Test
  void modelLabelsStayBoundedButKnownSeriesKeepCounting() {
    GatewayMetrics m = new GatewayMetrics();
    m.request("f", "kept", "ok", Duration.ZERO);
    for (int i = 0; i < 6000; i++) {
      m.request("f", "model-" + i, "ok", Duration.ZERO);
    }
    m.request("f", "kept", "ok", Duration.ZERO);

    String text = m.scrape();
    assertThat(text).contains("model=\"kept\",outcome=\"ok\"} 2.0");
    assertThat(text).contains("model=\"other\"");
    assertThat(text).doesNotContain("model=\"model-5999\"");
  }
}
