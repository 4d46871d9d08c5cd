package dev.switchboard.engine.limit;

import dev.switchboard.engine.store.CounterBucket;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One sliding window: a ring of sub-bucket counts (see {@link WindowKind}) with a running total.
 * The ring always holds the buckets from {@code current - (n-1)·g} to {@code current}; moving to a
 * later bucket clears the slots that fell out. Every method takes the window's lock, which is
 * reentrant, so {@link WindowSet} can hold several windows' locks to check and count them as one
 * step. Times are epoch seconds.
 */
final class SlidingWindow {

  private final WindowKind kind;
  private final long[] counts;
  private final BitSet dirty;
  private final ReentrantLock lock = new ReentrantLock();
  private long current;
  private long total;
  private volatile boolean retired;

  SlidingWindow(WindowKind kind, long nowSecond) {
    this.kind = kind;
    this.counts = new long[kind.buckets()];
    this.dirty = new BitSet(counts.length);
    this.current = bucketOf(nowSecond);
  }

  WindowKind kind() {
    return kind;
  }

  void lock() {
    lock.lock();
  }

  void unlock() {
    lock.unlock();
  }

  /** True once the window was dropped from its set; a caller holding it must fetch a fresh one. */
  boolean retired() {
    return retired;
  }

  /** The count inside the window now. */
  long used(long nowSecond) {
    lock.lock();
    try {
      advance(nowSecond);
      return total;
    } finally {
      lock.unlock();
    }
  }

  /** Counts {@code amount} in the current bucket and returns that bucket's start. */
  long add(long nowSecond, long amount) {
    lock.lock();
    try {
      advance(nowSecond);
      if (amount != 0) {
        counts[slot(current)] += amount;
        total += amount;
        markDirty(current);
      }
      return current;
    } finally {
      lock.unlock();
    }
  }

  /** Takes back up to {@code amount} from the bucket starting at {@code bucketStart}, if still inside. */
  void subtract(long bucketStart, long amount, long nowSecond) {
    lock.lock();
    try {
      advance(nowSecond);
      if (!inside(bucketStart)) {
        return;
      }
      int slot = slot(bucketStart);
      long taken = Math.min(amount, counts[slot]);
      counts[slot] -= taken;
      total -= taken;
      markDirty(bucketStart);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Seconds until {@code need} more fits under {@code limit}: the time until enough of the oldest
   * buckets have left the window. 0 when it fits now; the whole span when it never fits.
   */
  long secondsUntilFits(long limit, long need, long nowSecond) {
    lock.lock();
    try {
      advance(nowSecond);
      long excess = total + need - limit;
      if (excess <= 0) {
        return 0;
      }
      long g = kind.granularitySeconds();
      long oldest = current - (long) (counts.length - 1) * g;
      for (long b = oldest; b <= current; b += g) {
        excess -= counts[slot(b)];
        if (excess <= 0) {
          return Math.max(1, b + kind.spanSeconds() - nowSecond);
        }
      }
      return kind.spanSeconds();
    } finally {
      lock.unlock();
    }
  }

  /** Seconds until the oldest count leaves the window (0 when the window is empty). */
  long secondsUntilOldestLeaves(long nowSecond) {
    lock.lock();
    try {
      advance(nowSecond);
      long g = kind.granularitySeconds();
      long oldest = current - (long) (counts.length - 1) * g;
      for (long b = oldest; b <= current; b += g) {
        if (counts[slot(b)] > 0) {
          return Math.max(1, b + kind.spanSeconds() - nowSecond);
        }
      }
      return 0;
    } finally {
      lock.unlock();
    }
  }

  /** Every non-empty bucket inside the window. */
  List<CounterBucket> snapshot(String name, long nowSecond) {
    lock.lock();
    try {
      advance(nowSecond);
      return nonEmptyBuckets(name);
    } finally {
      lock.unlock();
    }
  }

  /**
   * The buckets changed since the last call and still inside the window (a bucket emptied by a
   * settlement comes back with count 0, so a store can overwrite it).
   */
  List<CounterBucket> drainChanges(String name, long nowSecond) {
    lock.lock();
    try {
      advance(nowSecond);
      List<CounterBucket> out = new ArrayList<>(dirty.cardinality());
      long g = kind.granularitySeconds();
      int currentSlot = slot(current);
      for (int s = dirty.nextSetBit(0); s >= 0; s = dirty.nextSetBit(s + 1)) {
        long b = current - (long) Math.floorMod(currentSlot - s, counts.length) * g;
        out.add(new CounterBucket(name, b, counts[s]));
      }
      dirty.clear();
      out.sort((a, b) -> Long.compare(a.bucketStart(), b.bucketStart()));
      return out;
    } finally {
      lock.unlock();
    }
  }

  /** Loads a persisted bucket; a count already held for the same bucket is kept if larger. */
  void restore(long bucketStart, long count, long nowSecond) {
    lock.lock();
    try {
      advance(nowSecond);
      long start = bucketOf(bucketStart);
      if (!inside(start) || count <= 0) {
        return;
      }
      int slot = slot(start);
      if (count > counts[slot]) {
        total += count - counts[slot];
        counts[slot] = count;
      }
    } finally {
      lock.unlock();
    }
  }

  /** Marks the window retired when it holds nothing and has nothing left to persist. */
  boolean retireIfIdle(long nowSecond) {
    if (!lock.tryLock()) {
      return false;
    }
    try {
      advance(nowSecond);
      if (total == 0 && dirty.isEmpty()) {
        retired = true;
      }
      return retired;
    } finally {
      lock.unlock();
    }
  }

  private List<CounterBucket> nonEmptyBuckets(String name) {
    List<CounterBucket> out = new ArrayList<>();
    for (long b = oldest(); b <= current; b += kind.granularitySeconds()) {
      long c = counts[slot(b)];
      if (c > 0) {
        out.add(new CounterBucket(name, b, c));
      }
    }
    return out;
  }

  private void advance(long nowSecond) {
    long target = bucketOf(nowSecond);
    if (target <= current) {
      return;
    }
    long g = kind.granularitySeconds();
    long steps = Math.min((target - current) / g, counts.length);
    for (long i = 1; i <= steps; i++) {
      int slot = slot(target - (steps - i) * g);
      total -= counts[slot];
      counts[slot] = 0;
      dirty.clear(slot);
    }
    current = target;
  }

  private long oldest() {
    return current - (long) (counts.length - 1) * kind.granularitySeconds();
  }

  private boolean inside(long bucketStart) {
    return bucketStart <= current && bucketStart >= oldest();
  }

  private void markDirty(long bucketStart) {
    dirty.set(slot(bucketStart));
  }

  private long bucketOf(long second) {
    return Math.floorDiv(second, kind.granularitySeconds()) * kind.granularitySeconds();
  }

  private int slot(long bucketStart) {
    return (int) Math.floorMod(bucketStart / kind.granularitySeconds(), (long) counts.length);
  }
}
