package dev.switchboard.engine.limit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LimitStatusTest {

  @Test
  void resetTimesAreWrittenAsOpenAiDurations() {
    assertThat(ResetText.of(0)).isEqualTo("0s");
    assertThat(ResetText.of(59)).isEqualTo("59s");
    assertThat(ResetText.of(360)).isEqualTo("6m0s");
    assertThat(ResetText.of(3_723)).isEqualTo("1h2m3s");
    assertThat(ResetText.of(-5)).isEqualTo("0s");
  }

  @Test
  void headersCoverRequestsAndTokensWhenLimited() {
    LimitStatus s = new LimitStatus(new WindowStatus(60, 59, 1), new WindowStatus(10_000, -20, 42));
    assertThat(s.headers()).containsExactly(
        Map.entry("x-ratelimit-limit-requests", "60"),
        Map.entry("x-ratelimit-remaining-requests", "59"),
        Map.entry("x-ratelimit-reset-requests", "1s"),
        Map.entry("x-ratelimit-limit-tokens", "10000"),
        Map.entry("x-ratelimit-remaining-tokens", "0"),
        Map.entry("x-ratelimit-reset-tokens", "42s"));
    assertThat(LimitStatus.NONE.headers()).isEmpty();
    assertThat(LimitStatus.NONE.limited()).isFalse();
  }

  @Test
  void aRejectionAlwaysAsksForAtLeastOneSecond() {
    Admission.Rejected r = new Admission.Rejected(LimitKind.KEY_RPM, 0, LimitStatus.NONE, "m");
    assertThat(r.retryAfterSeconds()).isEqualTo(1);
  }
}
