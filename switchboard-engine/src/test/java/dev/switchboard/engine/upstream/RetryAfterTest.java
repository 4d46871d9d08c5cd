package dev.switchboard.engine.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

  private static final Instant NOW = Instant.parse("2026-02-25T20:00:00Z");

  @Test
  void retryAfterMsWinsOverRetryAfter() {
    assertThat(RetryAfter.from(Map.of("retry-after-ms", "1500", "retry-after", "30"), NOW))
        .contains(Duration.ofMillis(1500));
  }

  @Test
  void retryAfterInSecondsWithFractions() {
    assertThat(RetryAfter.from(Map.of("retry-after", "20"), NOW)).contains(Duration.ofSeconds(20));
    assertThat(RetryAfter.from(Map.of("retry-after", "0.25"), NOW)).contains(Duration.ofMillis(250));
  }

  @Test
  void retryAfterAsHttpDate() {
    assertThat(RetryAfter.from(Map.of("retry-after", "Wed, 25 Feb 2026 20:00:42 GMT"), NOW))
        .contains(Duration.ofSeconds(42));
    assertThat(RetryAfter.from(Map.of("retry-after", "Wed, 25 Feb 2026 19:00:00 GMT"), NOW)).contains(Duration.ZERO);
  }

  @Test
  void openAiResetDurationsCountOnlyWhenTheirRemainingIsZero() {
    Map<String, String> h = Map.of(
        "x-ratelimit-remaining-requests", "0", "x-ratelimit-reset-requests", "6m0s",
        "x-ratelimit-remaining-tokens", "100", "x-ratelimit-reset-tokens", "20ms");
    assertThat(RetryAfter.from(h, NOW)).contains(Duration.ofMinutes(6));
    assertThat(RetryAfter.from(Map.of("x-ratelimit-remaining-tokens", "0", "x-ratelimit-reset-tokens", "20ms"), NOW))
        .contains(Duration.ofMillis(20));
    assertThat(RetryAfter.from(Map.of("x-ratelimit-remaining-tokens", "5", "x-ratelimit-reset-tokens", "1s"), NOW))
        .isEmpty();
  }

  @Test
  void anthropicResetInstants() {
    Map<String, String> h = Map.of(
        "anthropic-ratelimit-requests-remaining", "0",
        "anthropic-ratelimit-requests-reset", "2026-02-25T20:00:37Z",
        "anthropic-ratelimit-tokens-remaining", "0",
        "anthropic-ratelimit-tokens-reset", "2026-02-25T20:00:05Z");
    assertThat(RetryAfter.from(h, NOW)).contains(Duration.ofSeconds(37));
  }

  @Test
  void garbageAndAbsenceMeanNoWait() {
    assertThat(RetryAfter.from(Map.of(), NOW)).isEmpty();
    assertThat(RetryAfter.from(Map.of("retry-after", "soon", "retry-after-ms", "-3"), NOW)).isEmpty();
  }

  @Test
  void goDurations() {
    assertThat(GoDuration.parse("6m0s")).contains(Duration.ofMinutes(6));
    assertThat(GoDuration.parse("1s")).contains(Duration.ofSeconds(1));
    assertThat(GoDuration.parse("20ms")).contains(Duration.ofMillis(20));
    assertThat(GoDuration.parse("1h2m3.5s")).contains(Duration.ofMillis(3_723_500));
    assertThat(GoDuration.parse("37s")).contains(Duration.ofSeconds(37));
    assertThat(GoDuration.parse("7 s")).isEmpty();
    assertThat(GoDuration.parse("s")).isEmpty();
    assertThat(GoDuration.parse("12")).isEmpty();
  }

  @Test
  void remainingFractionIsTheSmallestOfTheLimits() {
    Map<String, String> h = Map.of(
        "x-ratelimit-limit-requests", "100", "x-ratelimit-remaining-requests", "50", "x-ratelimit-reset-requests", "1s",
        "x-ratelimit-limit-tokens", "1000", "x-ratelimit-remaining-tokens", "10", "x-ratelimit-reset-tokens", "6m0s");
    RateLimitHeaders.Remaining r = RateLimitHeaders.read(h, NOW).orElseThrow();
    assertThat(r.fraction()).isEqualTo(0.01);
    assertThat(r.resetsAt()).isEqualTo(NOW.plus(Duration.ofMinutes(6)));
    assertThat(RateLimitHeaders.read(Map.of(
        "anthropic-ratelimit-requests-limit", "50", "anthropic-ratelimit-requests-remaining", "49",
        "anthropic-ratelimit-requests-reset", "2026-02-25T20:01:00Z"), NOW).orElseThrow().fraction()).isEqualTo(0.98);
    assertThat(RateLimitHeaders.read(Map.of(), NOW)).isEmpty();
  }
}
