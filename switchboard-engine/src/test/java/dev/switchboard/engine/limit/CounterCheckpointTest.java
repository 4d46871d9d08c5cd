package dev.switchboard.engine.limit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.engine.access.Caller;
import dev.switchboard.engine.config.BudgetPeriod;
import dev.switchboard.engine.config.LimitsConfig;
import dev.switchboard.engine.store.CounterBucket;
import dev.switchboard.engine.store.CounterStore;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CounterCheckpointTest {

  private final TestClock clock = new TestClock("2026-03-04T10:00:00Z");
  private final MemoryStore store = new MemoryStore();
  private final Caller key = new Caller("k", "k", 3, 5, 1_000, List.of());

  @Test
  void limitsAndBudgetsSurviveARestart() {
    RequestLimiter limiter = new RequestLimiter(clock);
    CredentialLimiter credentials = new CredentialLimiter(clock);
    BudgetLedger budgets = new BudgetLedger(clock);
    CounterCheckpoint checkpoint = new CounterCheckpoint(store, List.of(limiter, credentials, budgets), clock);
    for (int i = 0; i < 3; i++) {
      limiter.admit(key, LimitsConfig.NONE, 100);
    }
    credentials.tryAcquire("openai#0", 1, -1);
    budgets.record("k", new BigDecimal("4.25"));
    assertThat(checkpoint.save()).isEqualTo(3 + 1 + 3);
    assertThat(checkpoint.save()).isZero();

    clock.advanceSeconds(20);
    RequestLimiter limiter2 = new RequestLimiter(clock);
    CredentialLimiter credentials2 = new CredentialLimiter(clock);
    BudgetLedger budgets2 = new BudgetLedger(clock);
    new CounterCheckpoint(store, List.of(limiter2, credentials2, budgets2), clock).restore();

    Admission.Rejected r = (Admission.Rejected) limiter2.admit(key, LimitsConfig.NONE, 100);
    assertThat(r.limit()).isEqualTo(LimitKind.KEY_RPM);
    assertThat(r.retryAfterSeconds()).isEqualTo(40);
    assertThat(limiter2.used("key:k:tpm")).isEqualTo(300);
    assertThat(limiter2.used("key:k:rpd")).isEqualTo(3);
    assertThat(credentials2.tryAcquire("openai#0", 1, -1)).isFalse();
    assertThat(budgets2.spent("k", BudgetPeriod.MONTH)).isEqualByComparingTo("4.25");
    assertThat(budgets2.check("k", new BigDecimal("4"), BudgetPeriod.WEEK)).isPresent();
  }

  @Test
  void aSettledReservationOverwritesTheStoredEstimate() {
    RequestLimiter limiter = new RequestLimiter(clock);
    CounterCheckpoint checkpoint = new CounterCheckpoint(store, List.of(limiter), clock);
    Admission.Admitted a = (Admission.Admitted) limiter.admit(key, LimitsConfig.NONE, 800);
    checkpoint.save();
    clock.advanceSeconds(2);
    a.reservation().settle(50);
    checkpoint.save();

    RequestLimiter restarted = new RequestLimiter(clock);
    new CounterCheckpoint(store, List.of(restarted), clock).restore();
    assertThat(restarted.used("key:k:tpm")).isEqualTo(50);
  }

  @Test
  void aFailedSaveIsRetriedWithTheNextOne() {
    RequestLimiter limiter = new RequestLimiter(clock);
    CounterCheckpoint checkpoint = new CounterCheckpoint(store, List.of(limiter), clock);
    limiter.admit(key, LimitsConfig.NONE, 0);
    store.failNext = true;
    assertThatThrownBy(checkpoint::save).isInstanceOf(IllegalStateException.class);
    assertThat(store.rows).isEmpty();

    assertThat(checkpoint.save()).isEqualTo(2);
    assertThat(store.rows.values()).extracting(CounterBucket::counter).containsExactlyInAnyOrder("key:k:rpm", "key:k:rpd");
  }

  @Test
  void pruneKeepsADayOfWindowsAndTheMonthOfBudgets() {
    CounterCheckpoint checkpoint = new CounterCheckpoint(store, List.of(), clock);
    checkpoint.prune();
    assertThat(store.prunedBefore).isEqualTo(Instant.parse("2026-03-01T00:00:00Z").getEpochSecond());

    clock.set("2026-03-31T10:00:00Z");
    checkpoint.prune();
    assertThat(store.prunedBefore).isEqualTo(Instant.parse("2026-03-01T00:00:00Z").getEpochSecond());

    clock.set("2026-04-01T10:00:00Z");
    checkpoint.prune();
    assertThat(store.prunedBefore).isEqualTo(Instant.parse("2026-03-31T10:00:00Z").getEpochSecond());
  }

  @Test
  void idleWindowsAreDroppedAfterTheirLastChangeIsSaved() {
    RequestLimiter limiter = new RequestLimiter(clock);
    CounterCheckpoint checkpoint = new CounterCheckpoint(store, List.of(limiter), clock);
    limiter.admit(new Caller("m", "m", 5, null, null, List.of()), LimitsConfig.NONE, 0);
    checkpoint.save();
    clock.advanceSeconds(61);
    checkpoint.save();
    assertThat(limiter.snapshot()).isEmpty();
    assertThat(limiter.admit(new Caller("m", "m", 5, null, null, List.of()), LimitsConfig.NONE, 0))
        .isInstanceOf(Admission.Admitted.class);
    assertThat(limiter.used("key:m:rpm")).isEqualTo(1);
  }

  /** An in-memory {@link CounterStore} with the port's semantics. */
  private static final class MemoryStore implements CounterStore {
    final Map<String, CounterBucket> rows = new TreeMap<>();
    long prunedBefore = -1;
    boolean failNext;

    @Override
    public List<CounterBucket> loadSince(long epochSecond) {
      List<CounterBucket> out = new ArrayList<>();
      rows.values().stream().filter(b -> b.bucketStart() >= epochSecond).forEach(out::add);
      return out;
    }

    @Override
    public void upsert(List<CounterBucket> buckets) {
      if (failNext) {
        failNext = false;
        throw new IllegalStateException("store down");
      }
      buckets.forEach(b -> rows.put(b.counter() + "@" + b.bucketStart(), b));
    }

    @Override
    public void pruneBefore(long epochSecond) {
      prunedBefore = epochSecond;
      rows.values().removeIf(b -> b.bucketStart() < epochSecond);
    }
  }
}
