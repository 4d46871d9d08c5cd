package dev.switchboard.engine.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UsageRetentionTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T00:00:00Z"), ZoneOffset.UTC);

  @Test
  void prunesBeforeNowMinusRetention() {
    List<Instant> cutoffs = new ArrayList<>();
    new UsageRetention(c -> {
      cutoffs.add(c);
      return 3;
    }, () -> Duration.ofDays(90), CLOCK).run();
    assertThat(cutoffs).containsExactly(Instant.parse("2025-12-10T00:00:00Z"));
  }

  @Test
  void zeroRetentionKeepsEverythingAndFailuresAreSwallowed() {
    List<Instant> cutoffs = new ArrayList<>();
    new UsageRetention(c -> {
      cutoffs.add(c);
      return 0;
    }, () -> Duration.ZERO, CLOCK).run();
    assertThat(cutoffs).isEmpty();
    new UsageRetention(c -> {
      throw new IllegalStateException("down");
    }, () -> Duration.ofDays(1), CLOCK).run();
  }
}
