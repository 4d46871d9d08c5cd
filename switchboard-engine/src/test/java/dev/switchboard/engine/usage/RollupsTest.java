package dev.switchboard.engine.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RollupsTest {

  private static final Instant T = Instant.parse("2026-03-10T10:59:59.999Z");

  @Test
  void sumsPerHourKeyModelAndProvider() {
    List<HourlyRollup> r = Rollups.of(List.of(
        Records.ok("a", T, "k1", "m", new BigDecimal("0.000000001")),
        Records.ok("b", T.minusSeconds(3000), "k1", "m", new BigDecimal("0.25")),
        Records.ok("c", T.plusMillis(1), "k1", "m", null),
        Records.failed("d", T, "k1", "m")));

    assertThat(r).hasSize(3);
    HourlyRollup ten = r.get(0);
    assertThat(ten.hourStart()).isEqualTo(Instant.parse("2026-03-10T10:00:00Z").getEpochSecond());
    assertThat(ten.requests()).isEqualTo(2);
    assertThat(ten.costNanoUsd()).isEqualTo(250_000_001L);
    assertThat(ten.inputTokens()).isEqualTo(20);
    assertThat(r.get(1).unpricedRequests()).isEqualTo(1);
    assertThat(r.get(1).hourStart()).isEqualTo(Instant.parse("2026-03-10T11:00:00Z").getEpochSecond());
    HourlyRollup failed = r.get(2);
    assertThat(failed.provider()).isEmpty();
    assertThat(failed.failures()).isEqualTo(1);
    assertThat(failed.unpricedRequests()).as("a request without a price is unpriced, not $0").isEqualTo(1);
  }

  @Test
  void nanoUsdIsExactBothWays() {
    assertThat(NanoUsd.of(new BigDecimal("1.5"))).isEqualTo(1_500_000_000L);
    assertThat(NanoUsd.usd(1_500_000_000L)).isEqualTo(new BigDecimal("1.5"));
    assertThat(NanoUsd.usd(3_000_000_000L)).isEqualTo(new BigDecimal("3"));
    assertThat(NanoUsd.usd(1)).isEqualTo(new BigDecimal("0.000000001"));
    assertThat(NanoUsd.of(new BigDecimal("0.0000000004"))).isZero();
  }
}
