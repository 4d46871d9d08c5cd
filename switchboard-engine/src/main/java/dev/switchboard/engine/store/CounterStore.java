package dev.switchboard.engine.store;

import java.util.List;

/**
 * Persists windowed counters so limits survive a restart. The limiters keep counting in memory and
 * hand their buckets here periodically and at shutdown; at start they load the buckets that can
 * still matter. Blocking: call from a worker thread.
 */
public interface CounterStore {

  /** Every bucket starting at or after {@code epochSecond}. */
  List<CounterBucket> loadSince(long epochSecond);

  /** Inserts or replaces the given buckets (same counter and bucket start: the new count wins). */
  void upsert(List<CounterBucket> buckets);

  /** Deletes buckets that started before {@code epochSecond}. */
  void pruneBefore(long epochSecond);
}
