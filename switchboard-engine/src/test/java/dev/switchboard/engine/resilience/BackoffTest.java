package dev.switchboard.engine.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.engine.config.RetryConfig;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BackoffTest {

  private static final RetryConfig RETRY = new RetryConfig(5, Duration.ofMillis(200), Duration.ofSeconds(1));

  @Test
  void ceilingDoublesUpToMaxBackoff() {
    Backoff b = Backoff.jittered(RETRY);
    assertThat(b.ceiling(1)).isEqualTo(Duration.ofMillis(200));
    assertThat(b.ceiling(2)).isEqualTo(Duration.ofMillis(400));
    assertThat(b.ceiling(3)).isEqualTo(Duration.ofMillis(800));
    assertThat(b.ceiling(4)).isEqualTo(Duration.ofSeconds(1));
    assertThat(b.ceiling(60)).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void fullJitterStaysWithinZeroAndTheCeilingAndSpreads() {
    Backoff b = Backoff.jittered(RETRY);
    long min = Long.MAX_VALUE;
    long max = 0;
    for (int i = 0; i < 2000; i++) {
      long d = b.delay(2, Optional.empty()).orElseThrow().toMillis();
      assertThat(d).isBetween(0L, 400L);
      min = Math.min(min, d);
      max = Math.max(max, d);
    }
    assertThat(min).isLessThan(40);
    assertThat(max).isGreaterThan(360);
  }

  @Test
  void theBoundsReachTheRandomSource() {
    Backoff lowest = new Backoff(RETRY, bound -> 0);
    Backoff highest = new Backoff(RETRY, bound -> bound);
    assertThat(lowest.delay(3, Optional.empty())).contains(Duration.ZERO);
    assertThat(highest.delay(3, Optional.empty())).contains(Duration.ofMillis(800));
  }

  @Test
  void aRequestedWaitIsHonouredExactlyButNeverBeyondMaxBackoff() {
    Backoff b = Backoff.jittered(RETRY);
    assertThat(b.delay(1, Optional.of(Duration.ofMillis(700)))).contains(Duration.ofMillis(700));
    assertThat(b.delay(1, Optional.of(Duration.ofSeconds(37)))).isEmpty();
  }
}
