package dev.switchboard.engine.limit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CredentialLimiterTest {

  private final TestClock clock = new TestClock("2026-03-02T10:00:00Z");
  private final CredentialLimiter limiter = new CredentialLimiter(clock);

  @Test
  void minusOneIsUnlimitedAndZeroIsDisabled() {
    for (int i = 0; i < 1_000; i++) {
      assertThat(limiter.tryAcquire("free#0", -1, -1)).isTrue();
    }
    assertThat(limiter.tryAcquire("off#0", 0, -1)).isFalse();
    assertThat(limiter.tryAcquire("off#1", -1, 0)).isFalse();
    assertThat(limiter.secondsUntilAvailable("off#0", 0, -1)).isEqualTo(Long.MAX_VALUE);
    assertThat(limiter.secondsUntilAvailable("free#0", -1, -1)).isZero();
  }

  @Test
  void bothWindowsMustHaveRoomAndARefusalCountsInNeither() {
    assertThat(limiter.tryAcquire("c#0", 2, 3)).isTrue();
    assertThat(limiter.tryAcquire("c#0", 2, 3)).isTrue();
    assertThat(limiter.tryAcquire("c#0", 2, 3)).isFalse();
    assertThat(limiter.used("cred:c#0:rpd")).isEqualTo(2);
    assertThat(limiter.secondsUntilAvailable("c#0", 2, 3)).isEqualTo(60);

    clock.advanceSeconds(60);
    assertThat(limiter.tryAcquire("c#0", 2, 3)).isTrue();
    assertThat(limiter.tryAcquire("c#0", 2, 3)).isFalse();
    assertThat(limiter.used("cred:c#0:rpm")).isEqualTo(1);
    assertThat(limiter.secondsUntilAvailable("c#0", 2, 3)).isEqualTo(86_400 - 60);
  }

  @Test
  void credentialsCountSeparately() {
    assertThat(limiter.tryAcquire("p#0", 1, -1)).isTrue();
    assertThat(limiter.tryAcquire("p#1", 1, -1)).isTrue();
    assertThat(limiter.tryAcquire("p#0", 1, -1)).isFalse();
  }
}
