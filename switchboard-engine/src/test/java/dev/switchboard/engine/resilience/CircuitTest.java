package dev.switchboard.engine.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.engine.config.CooldownConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Cooldowns and half-open recovery, with a hand-moved clock. */
class CircuitTest {

  private static final CooldownConfig COOLDOWN = new CooldownConfig(
      Duration.ofSeconds(60), Duration.ofSeconds(15), Duration.ofSeconds(10), Duration.ofHours(1));

  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
  private final Circuit circuit = new Circuit(() -> new CooldownPolicy(COOLDOWN));

  private void fail(FailureKind kind) {
    circuit.failed(kind, Optional.empty(), clock.instant());
  }

  @Test
  void oneStrayServerErrorNeverOpensTheBreakerThreeInARowDo() {
    fail(FailureKind.SERVER);
    fail(FailureKind.SERVER);
    assertThat(circuit.admits(clock.instant())).isTrue();
    fail(FailureKind.OVERLOADED);
    assertThat(circuit.admits(clock.instant())).isFalse();
    assertThat(circuit.view(clock.instant()).openUntil()).isEqualTo(clock.instant().plusSeconds(15));
  }

  @Test
  void aSuccessResetsTheStreak() {
    fail(FailureKind.SERVER);
    fail(FailureKind.SERVER);
    circuit.succeeded();
    fail(FailureKind.SERVER);
    assertThat(circuit.admits(clock.instant())).isTrue();
    assertThat(circuit.view(clock.instant()).consecutiveFailures()).isEqualTo(1);
  }

  @Test
  void aRateLimitOpensAtOnceForTheRequestedWaitElseTheConfiguredOne() {
    circuit.failed(FailureKind.RATE_LIMITED, Optional.of(Duration.ofSeconds(5)), clock.instant());
    assertThat(circuit.admits(clock.instant())).isFalse();
    clock.advance(Duration.ofSeconds(5));
    assertThat(circuit.admits(clock.instant())).isTrue();

    Circuit other = new Circuit(() -> new CooldownPolicy(COOLDOWN));
    other.failed(FailureKind.RATE_LIMITED, Optional.empty(), clock.instant());
    clock.advance(Duration.ofSeconds(59));
    assertThat(other.admits(clock.instant())).isFalse();
    clock.advance(Duration.ofSeconds(1));
    assertThat(other.admits(clock.instant())).isTrue();
  }

  @Test
  void authRestsLong() {
    fail(FailureKind.AUTH);
    clock.advance(Duration.ofMinutes(59));
    assertThat(circuit.admits(clock.instant())).isFalse();
    clock.advance(Duration.ofMinutes(1));
    assertThat(circuit.admits(clock.instant())).isTrue();
  }

  @Test
  void afterTheCooldownOneProbeGoesThroughAndItsSuccessCloses() {
    fail(FailureKind.AUTH);
    clock.advance(Duration.ofHours(1));
    assertThat(circuit.view(clock.instant()).state()).isEqualTo(CircuitState.HALF_OPEN);
    assertThat(circuit.admits(clock.instant())).isTrue();
    circuit.acquire(clock.instant());
    assertThat(circuit.admits(clock.instant())).as("only one probe at a time").isFalse();
    circuit.succeeded();
    assertThat(circuit.view(clock.instant()).state()).isEqualTo(CircuitState.CLOSED);
    assertThat(circuit.admits(clock.instant())).isTrue();
  }

  @Test
  void aFailedProbeReopensWithAFreshCooldownEvenForATransientKind() {
    fail(FailureKind.SERVER);
    fail(FailureKind.SERVER);
    fail(FailureKind.SERVER);
    clock.advance(Duration.ofSeconds(15));
    circuit.acquire(clock.instant());
    fail(FailureKind.NETWORK);
    assertThat(circuit.view(clock.instant()).state()).isEqualTo(CircuitState.OPEN);
    assertThat(circuit.view(clock.instant()).openUntil()).isEqualTo(clock.instant().plusSeconds(10));
    clock.advance(Duration.ofSeconds(10));
    assertThat(circuit.admits(clock.instant())).isTrue();
  }

  @Test
  void aProbeThatEndsWithoutAVerdictFreesTheSlot() {
    fail(FailureKind.AUTH);
    clock.advance(Duration.ofHours(1));
    circuit.acquire(clock.instant());
    circuit.released();
    assertThat(circuit.admits(clock.instant())).isTrue();
    circuit.acquire(clock.instant());
    circuit.failed(FailureKind.INVALID_REQUEST, Optional.empty(), clock.instant());
    assertThat(circuit.admits(clock.instant())).as("an invalid request says nothing about the key").isTrue();
  }

  @Test
  void quotaExhaustionRestsLikeAuthUnlessTheUpstreamSaidHowLong() {
    circuit.failed(FailureKind.QUOTA_EXHAUSTED, Optional.empty(), clock.instant());
    assertThat(circuit.view(clock.instant()).openUntil()).isEqualTo(clock.instant().plus(Duration.ofHours(1)));
  }
}
