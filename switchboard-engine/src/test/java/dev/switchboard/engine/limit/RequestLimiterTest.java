package dev.switchboard.engine.limit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.engine.access.Caller;
import dev.switchboard.engine.config.LimitsConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestLimiterTest {

  private final TestClock clock = new TestClock("2026-03-02T10:00:00Z");
  private final RequestLimiter limiter = new RequestLimiter(clock);

  private static Caller key(String id, Integer rpm, Integer rpd, Integer tpm) {
    return new Caller(id, id, rpm, rpd, tpm, List.of());
  }

  @Test
  void aKeyGetsItsRpmThenA429WithRetryAfterUntilTheWindowSlides() {
    Caller k = key("k1", 3, null, null);
    for (int i = 0; i < 3; i++) {
      assertThat(limiter.admit(k, LimitsConfig.NONE, 0)).isInstanceOf(Admission.Admitted.class);
      clock.advanceSeconds(10);
    }
    Admission.Rejected r = (Admission.Rejected) limiter.admit(k, LimitsConfig.NONE, 0);
    assertThat(r.limit()).isEqualTo(LimitKind.KEY_RPM);
    assertThat(r.retryAfterSeconds()).isEqualTo(30);
    assertThat(r.message()).contains("requests per minute", "3");
    assertThat(r.status().headers()).containsEntry("x-ratelimit-limit-requests", "3")
        .containsEntry("x-ratelimit-remaining-requests", "0")
        .containsEntry("x-ratelimit-reset-requests", "30s");

    clock.advanceSeconds(30);
    assertThat(limiter.admit(k, LimitsConfig.NONE, 0)).isInstanceOf(Admission.Admitted.class);
    assertThat(limiter.used("key:k1:rpm")).isEqualTo(3);
  }

  @Test
  void successCarriesTheHeadersOfTheTightestRequestWindow() {
    Caller k = key("k2", 10, 4, null);
    Admission a = limiter.admit(k, LimitsConfig.NONE, 0);
    assertThat(a.status().headers()).containsExactly(
        java.util.Map.entry("x-ratelimit-limit-requests", "4"),
        java.util.Map.entry("x-ratelimit-remaining-requests", "3"),
        java.util.Map.entry("x-ratelimit-reset-requests", "24h0m0s"));
  }

  @Test
  void theConfigDefaultsApplyWhenTheKeyHasNoneAndZeroMeansUnlimited() {
    LimitsConfig limits = new LimitsConfig(0, 2, 0, 0);
    Caller usesDefault = key("d", null, null, null);
    Caller unlimited = key("u", 0, null, null);

    limiter.admit(usesDefault, limits, 0);
    limiter.admit(usesDefault, limits, 0);
    assertThat(limiter.admit(usesDefault, limits, 0)).isInstanceOf(Admission.Rejected.class);
    for (int i = 0; i < 100; i++) {
      Admission a = limiter.admit(unlimited, limits, 0);
      assertThat(a).isInstanceOf(Admission.Admitted.class);
      assertThat(a.status().limited()).isFalse();
    }
  }

  @Test
  void aKeyOverItsDailyLimitWaitsForTheMinuteItsOldestRequestLeaves() {
    Caller k = key("k3", null, 2, null);
    limiter.admit(k, LimitsConfig.NONE, 0);
    clock.advanceSeconds(3_600);
    limiter.admit(k, LimitsConfig.NONE, 0);
    clock.advanceSeconds(60);
    Admission.Rejected r = (Admission.Rejected) limiter.admit(k, LimitsConfig.NONE, 0);
    assertThat(r.limit()).isEqualTo(LimitKind.KEY_RPD);
    assertThat(r.retryAfterSeconds()).isEqualTo(86_400 - 3_660);
    clock.advanceSeconds(r.retryAfterSeconds());
    assertThat(limiter.admit(k, LimitsConfig.NONE, 0)).isInstanceOf(Admission.Admitted.class);
  }

  @Test
  void theGlobalRpmCountsEveryKeyAndARejectedRequestCountsNowhere() {
    LimitsConfig limits = new LimitsConfig(2, 0, 0, 0);
    Caller a = key("a", 1, null, null);
    Caller b = key("b", null, null, null);

    assertThat(limiter.admit(a, limits, 0)).isInstanceOf(Admission.Admitted.class);
    Admission.Rejected own = (Admission.Rejected) limiter.admit(a, limits, 0);
    assertThat(own.limit()).isEqualTo(LimitKind.KEY_RPM);
    assertThat(limiter.used("global:rpm")).isEqualTo(1);

    assertThat(limiter.admit(b, limits, 0)).isInstanceOf(Admission.Admitted.class);
    Admission.Rejected global = (Admission.Rejected) limiter.admit(null, limits, 0);
    assertThat(global.limit()).isEqualTo(LimitKind.GLOBAL_RPM);
    assertThat(global.message()).contains("gateway");
  }

  @Test
  void tpmReservesTheEstimateAndSettlesWithTheRealUsage() {
    Caller k = key("t", null, null, 1_000);
    Admission.Admitted first = (Admission.Admitted) limiter.admit(k, LimitsConfig.NONE, 600);
    assertThat(first.status().tokens()).isEqualTo(new WindowStatus(1_000, 400, 60));
    assertThat(limiter.admit(k, LimitsConfig.NONE, 600)).isInstanceOfSatisfying(Admission.Rejected.class,
        r -> assertThat(r.limit()).isEqualTo(LimitKind.KEY_TPM));

    clock.advanceSeconds(5);
    first.reservation().settle(150);
    first.reservation().settle(999_999);
    assertThat(limiter.used("key:t:tpm")).isEqualTo(150);
    assertThat(limiter.admit(k, LimitsConfig.NONE, 600)).isInstanceOf(Admission.Admitted.class);
    assertThat(limiter.used("key:t:tpm")).isEqualTo(750);
  }

  @Test
  void settlingAfterTheReservationLeftTheWindowCountsTheRealTokensNow() {
    Caller k = key("slow", null, null, 1_000);
    Admission.Admitted a = (Admission.Admitted) limiter.admit(k, LimitsConfig.NONE, 500);
    clock.advanceSeconds(120);
    a.reservation().settle(300);
    assertThat(limiter.used("key:slow:tpm")).isEqualTo(300);
  }

  @Test
  void releaseGivesTheReservedTokensBack() {
    Caller k = key("r", null, null, 1_000);
    Admission.Admitted a = (Admission.Admitted) limiter.admit(k, LimitsConfig.NONE, 800);
    a.reservation().release();
    assertThat(limiter.used("key:r:tpm")).isZero();
    assertThat(a.reservation().estimate()).isEqualTo(800);
  }

  @Test
  void anOversizedRequestPassesOnlyThroughAnEmptyTokenWindow() {
    Caller k = key("big", null, null, 1_000);
    assertThat(limiter.admit(k, LimitsConfig.NONE, 5_000)).isInstanceOf(Admission.Admitted.class);
    Admission.Rejected r = (Admission.Rejected) limiter.admit(k, LimitsConfig.NONE, 5_000);
    assertThat(r.retryAfterSeconds()).isEqualTo(60);
    clock.advanceSeconds(60);
    assertThat(limiter.admit(k, LimitsConfig.NONE, 5_000)).isInstanceOf(Admission.Admitted.class);
  }

  @Test
  void aKeyWithoutLimitsGetsNoHeadersAndNoReservation() {
    Admission.Admitted a = (Admission.Admitted) limiter.admit(key("free", null, null, null), LimitsConfig.NONE, 10);
    assertThat(a.status().headers()).isEmpty();
    assertThat(a.reservation()).isSameAs(TokenReservation.NONE);
    a.reservation().settle(10);
  }
}
