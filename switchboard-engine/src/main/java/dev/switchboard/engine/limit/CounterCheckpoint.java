package dev.switchboard.engine.limit;

import dev.switchboard.engine.config.BudgetPeriod;
import dev.switchboard.engine.store.CounterBucket;
import dev.switchboard.engine.store.CounterStore;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes the in-memory counters survive a restart: {@link #restore} loads what the store still holds
 * into every {@link CounterSource} at start, {@link #save} hands the buckets changed since the last
 * save to the store (call it every few seconds and at shutdown), {@link #prune} deletes buckets no
 * source can use any more. All three block on the store: call them from a worker thread, never the
 * event loop. A failed save keeps its buckets and retries them with the next save.
 */
public final class CounterCheckpoint {

  private final CounterStore store;
  private final List<CounterSource> sources;
  private final InstantSource clock;
  private final Map<String, CounterBucket> pending = new LinkedHashMap<>();

  public CounterCheckpoint(CounterStore store, List<CounterSource> sources, InstantSource clock) {
    this.store = store;
    this.sources = List.copyOf(sources);
    this.clock = clock;
  }

  /** Loads the stored buckets into every source; returns how many were read. */
  public int restore() {
    List<CounterBucket> buckets = store.loadSince(horizon());
    sources.forEach(s -> s.restore(buckets));
    return buckets.size();
  }

  /** Persists the changes since the last save; returns how many buckets were written. */
  public synchronized int save() {
    for (CounterSource s : sources) {
      for (CounterBucket b : s.drainChanges()) {
        pending.put(b.counter() + "@" + b.bucketStart(), b);
      }
    }
    if (pending.isEmpty()) {
      return 0;
    }
    List<CounterBucket> batch = new ArrayList<>(pending.values());
    store.upsert(batch);
    pending.clear();
    return batch.size();
  }

  /** Deletes buckets older than any window or budget period can reach. */
  public void prune() {
    store.pruneBefore(horizon());
  }

  /** The oldest bucket start that can still matter: a day back, or the month's start if earlier. */
  long horizon() {
    long now = clock.instant().getEpochSecond();
    long dayBack = now - WindowKind.RPD.spanSeconds();
    long monthStart = PeriodBounds.of(BudgetPeriod.MONTH, clock.instant()).start().getEpochSecond();
    return Math.min(dayBack, monthStart);
  }
}
