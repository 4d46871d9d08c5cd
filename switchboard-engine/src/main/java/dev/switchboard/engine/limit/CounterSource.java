package dev.switchboard.engine.limit;

import dev.switchboard.engine.store.CounterBucket;
import java.util.List;

/** Something that keeps counters in memory and persists them through a {@link CounterCheckpoint}. */
public interface CounterSource {

  /** The buckets changed since the last call (a bucket may come back with count 0). */
  List<CounterBucket> drainChanges();

  /** Loads persisted buckets at start; buckets this source does not own are ignored. */
  void restore(List<CounterBucket> buckets);
}
