package dev.switchboard.engine.limit;

import dev.switchboard.engine.config.BudgetPeriod;
import dev.switchboard.engine.store.CounterBucket;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Per-key spending against {@code budget_usd} per day, week or month (UTC, see {@link
 * PeriodBounds}). Settled costs are added to all three periods of the key, so changing a key's
 * period takes effect at once; a key at or over its budget is refused until the period rolls over.
 * A request already in flight may finish past the budget by its own cost.
 *
 * <p>Unpriced requests (cost null: the model has no price) are never counted as $0. The rule: they
 * are <b>allowed</b>, also for a key with a budget, and counted in {@link #unpricedRequests()}
 * (the {@code switchboard_unpriced_requests_total} metric) and per key in {@link
 * #unpricedRequests(String)}, so an operator sees which budgeted keys use models without a price
 * and adds a {@code pricing.overrides} entry.
 *
 * <p>Persisted as counters {@code spend:<keyId>:day|week|month}, bucket start = the period's
 * start, count = micro-dollars rounded up.
 */
public final class BudgetLedger implements CounterSource {

  private static final int MICROS = 6;

  private final InstantSource clock;
  private final Map<String, Map<BudgetPeriod, PeriodSpend>> keys = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> unpricedByKey = new ConcurrentHashMap<>();
  private final LongAdder unpriced = new LongAdder();

  public BudgetLedger(InstantSource clock) {
    this.clock = clock;
  }

  /**
   * A rejection when the key has spent its budget for the current period, else empty. A null or
   * non-positive budget means no budget.
   */
  public Optional<Admission.Rejected> check(String keyId, BigDecimal budgetUsd, BudgetPeriod period) {
    if (budgetUsd == null || budgetUsd.signum() <= 0 || period == null) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    BigDecimal spent = spent(keyId, period);
    if (spent.compareTo(budgetUsd) < 0) {
      return Optional.empty();
    }
    PeriodBounds bounds = PeriodBounds.of(period, now);
    long wait = bounds.end().getEpochSecond() - now.getEpochSecond();
    String message = "Budget exceeded: this key has spent $" + spent.setScale(2, RoundingMode.HALF_UP).toPlainString()
        + " of its $" + budgetUsd.toPlainString() + " " + adjective(period) + " budget; it resets at "
        + bounds.end() + ".";
    return Optional.of(new Admission.Rejected(LimitKind.BUDGET, wait, LimitStatus.NONE, message));
  }

  /** Adds a settled request's cost; a null cost is an unpriced request (counted, never as $0). */
  public void record(String keyId, BigDecimal costUsd) {
    if (costUsd == null) {
      unpriced.increment();
      unpricedByKey.computeIfAbsent(keyId, k -> new LongAdder()).increment();
      return;
    }
    if (costUsd.signum() <= 0) {
      return;
    }
    Instant now = clock.instant();
    Map<BudgetPeriod, PeriodSpend> spends = spendsOf(keyId);
    synchronized (spends) {
      for (BudgetPeriod p : BudgetPeriod.values()) {
        PeriodSpend s = spends.get(p);
        s.rollTo(PeriodBounds.of(p, now).start().getEpochSecond());
        s.spent = s.spent.add(costUsd);
        s.dirty = true;
      }
    }
  }

  /** The exact spend of a key in the current period (0 when nothing was recorded). */
  public BigDecimal spent(String keyId, BudgetPeriod period) {
    Map<BudgetPeriod, PeriodSpend> spends = keys.get(keyId);
    if (spends == null) {
      return BigDecimal.ZERO;
    }
    long start = PeriodBounds.of(period, clock.instant()).start().getEpochSecond();
    synchronized (spends) {
      PeriodSpend s = spends.get(period);
      return s.periodStart == start ? s.spent : BigDecimal.ZERO;
    }
  }

  /** Unpriced requests since start, all keys (a monotonic counter for the metric). */
  public long unpricedRequests() {
    return unpriced.sum();
  }

  /** Unpriced requests since start for one key. */
  public long unpricedRequests(String keyId) {
    LongAdder a = unpricedByKey.get(keyId);
    return a == null ? 0 : a.sum();
  }

  @Override
  public List<CounterBucket> drainChanges() {
    List<CounterBucket> out = new ArrayList<>();
    keys.forEach((keyId, spends) -> {
      synchronized (spends) {
        spends.forEach((p, s) -> {
          if (s.dirty) {
            out.add(new CounterBucket(counter(keyId, p), s.periodStart, micros(s.spent)));
            s.dirty = false;
          }
        });
      }
    });
    return out;
  }

  @Override
  public void restore(List<CounterBucket> buckets) {
    Instant now = clock.instant();
    for (CounterBucket b : buckets) {
      if (!b.counter().startsWith("spend:")) {
        continue;
      }
      int colon = b.counter().lastIndexOf(':');
      BudgetPeriod p = period(b.counter().substring(colon + 1));
      if (p == null || PeriodBounds.of(p, now).start().getEpochSecond() != b.bucketStart()) {
        continue;
      }
      Map<BudgetPeriod, PeriodSpend> spends = spendsOf(b.counter().substring("spend:".length(), colon));
      synchronized (spends) {
        PeriodSpend s = spends.get(p);
        s.rollTo(b.bucketStart());
        BigDecimal stored = BigDecimal.valueOf(b.count()).movePointLeft(MICROS);
        s.spent = s.spent.max(stored);
      }
    }
  }

  /** The earliest epoch second a stored spend bucket can still matter (the month's start). */
  public long restoreHorizon() {
    return PeriodBounds.of(BudgetPeriod.MONTH, clock.instant()).start().getEpochSecond();
  }

  private Map<BudgetPeriod, PeriodSpend> spendsOf(String keyId) {
    return keys.computeIfAbsent(keyId, k -> {
      Map<BudgetPeriod, PeriodSpend> m = new EnumMap<>(BudgetPeriod.class);
      for (BudgetPeriod p : BudgetPeriod.values()) {
        m.put(p, new PeriodSpend());
      }
      return m;
    });
  }

  private static String counter(String keyId, BudgetPeriod p) {
    return "spend:" + keyId + ":" + p.name().toLowerCase();
  }

  private static String adjective(BudgetPeriod p) {
    return switch (p) {
      case DAY -> "daily";
      case WEEK -> "weekly";
      case MONTH -> "monthly";
    };
  }

  private static BudgetPeriod period(String text) {
    for (BudgetPeriod p : BudgetPeriod.values()) {
      if (p.name().equalsIgnoreCase(text)) {
        return p;
      }
    }
    return null;
  }

  private static long micros(BigDecimal usd) {
    return usd.movePointRight(MICROS).setScale(0, RoundingMode.CEILING).longValueExact();
  }
}
