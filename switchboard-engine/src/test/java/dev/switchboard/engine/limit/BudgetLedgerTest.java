package dev.switchboard.engine.limit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.engine.config.BudgetPeriod;
import dev.switchboard.engine.store.CounterBucket;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BudgetLedgerTest {

  // A Wednesday.
  private final TestClock clock = new TestClock("2026-03-04T22:00:00Z");
  private final BudgetLedger ledger = new BudgetLedger(clock);

  private static BigDecimal usd(String v) {
    return new BigDecimal(v);
  }

  @Test
  void aKeyUnderItsBudgetPassesAndAKeyAtItGetsAClearRejectionUntilMidnight() {
    ledger.record("k", usd("0.60"));
    assertThat(ledger.check("k", usd("1.00"), BudgetPeriod.DAY)).isEmpty();
    ledger.record("k", usd("0.40"));

    Admission.Rejected r = ledger.check("k", usd("1.00"), BudgetPeriod.DAY).orElseThrow();
    assertThat(r.limit()).isEqualTo(LimitKind.BUDGET);
    assertThat(r.retryAfterSeconds()).isEqualTo(2 * 3_600);
    assertThat(r.message()).contains("$1.00 of its $1.00 daily budget", "2026-03-05T00:00:00Z");

    clock.advanceSeconds(2 * 3_600);
    assertThat(ledger.check("k", usd("1.00"), BudgetPeriod.DAY)).isEmpty();
    assertThat(ledger.spent("k", BudgetPeriod.DAY)).isZero();
  }

  @Test
  void weeklySpendRollsOverOnMondayAndMonthlyOnTheFirst() {
    ledger.record("k", usd("5"));
    clock.set("2026-03-08T23:59:59Z");
    ledger.record("k", usd("5"));
    assertThat(ledger.check("k", usd("10"), BudgetPeriod.WEEK)).isPresent();
    assertThat(ledger.spent("k", BudgetPeriod.DAY)).isEqualByComparingTo("5");

    clock.set("2026-03-09T00:00:00Z");
    assertThat(ledger.check("k", usd("10"), BudgetPeriod.WEEK)).isEmpty();
    assertThat(ledger.spent("k", BudgetPeriod.MONTH)).isEqualByComparingTo("10");
    assertThat(ledger.check("k", usd("10"), BudgetPeriod.MONTH).orElseThrow().retryAfterSeconds())
        .isEqualTo(Instant.parse("2026-04-01T00:00:00Z").getEpochSecond() - clock.instant().getEpochSecond());

    clock.set("2026-04-01T00:00:00Z");
    assertThat(ledger.check("k", usd("10"), BudgetPeriod.MONTH)).isEmpty();
  }

  @Test
  void spendIsExactAndNoBudgetMeansNoCheck() {
    for (int i = 0; i < 10; i++) {
      ledger.record("k", usd("0.1"));
    }
    assertThat(ledger.spent("k", BudgetPeriod.DAY)).isEqualByComparingTo("1.0");
    assertThat(ledger.check("k", null, BudgetPeriod.DAY)).isEmpty();
    assertThat(ledger.check("k", BigDecimal.ZERO, BudgetPeriod.DAY)).isEmpty();
    assertThat(ledger.check("other", usd("0.01"), BudgetPeriod.DAY)).isEmpty();
  }

  @Test
  void unpricedRequestsAreCountedNeverAddedAsZeroAndStillAllowed() {
    ledger.record("k", usd("2"));
    ledger.record("k", null);
    ledger.record("k", null);
    ledger.record("j", null);

    assertThat(ledger.unpricedRequests()).isEqualTo(3);
    assertThat(ledger.unpricedRequests("k")).isEqualTo(2);
    assertThat(ledger.unpricedRequests("nobody")).isZero();
    assertThat(ledger.spent("k", BudgetPeriod.DAY)).isEqualByComparingTo("2");
    assertThat(ledger.check("j", usd("1"), BudgetPeriod.DAY)).isEmpty();
  }

  @Test
  void spendSurvivesARestartAsMicroDollarsRoundedUp() {
    ledger.record("k", usd("0.0000025"));
    ledger.record("k", usd("1.5"));
    List<CounterBucket> saved = ledger.drainChanges();
    long dayStart = Instant.parse("2026-03-04T00:00:00Z").getEpochSecond();
    assertThat(saved).contains(new CounterBucket("spend:k:day", dayStart, 1_500_003));
    assertThat(saved).hasSize(3);
    assertThat(ledger.drainChanges()).isEmpty();

    BudgetLedger restarted = new BudgetLedger(clock);
    restarted.restore(saved);
    assertThat(restarted.spent("k", BudgetPeriod.DAY)).isEqualByComparingTo("1.500003");
    assertThat(restarted.check("k", usd("1.5"), BudgetPeriod.WEEK)).isPresent();
  }

  @Test
  void storedSpendOfAnEndedPeriodIsIgnored() {
    ledger.record("k", usd("3"));
    List<CounterBucket> saved = ledger.drainChanges();
    clock.set("2026-03-05T00:00:01Z");

    BudgetLedger restarted = new BudgetLedger(clock);
    restarted.restore(saved);
    assertThat(restarted.spent("k", BudgetPeriod.DAY)).isZero();
    assertThat(restarted.spent("k", BudgetPeriod.WEEK)).isEqualByComparingTo("3");
    assertThat(restarted.restoreHorizon()).isEqualTo(Instant.parse("2026-03-01T00:00:00Z").getEpochSecond());
  }
}
