package dev.switchboard.engine.limit;

import dev.switchboard.engine.store.CounterBucket;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Named sliding windows, created on first use. {@link #locked} runs a check-and-count over several
 * windows while holding all their locks, taken in name order so two callers never deadlock; idle
 * windows are dropped by {@link #drainChanges} and re-created on their next use. The counter name
 * ends with the window kind's suffix ({@code :rpm}, {@code :rpd}, {@code :tpm}), which is how
 * {@link #restore} knows what each persisted bucket belongs to.
 */
final class WindowSet {

  private final Map<String, SlidingWindow> windows = new ConcurrentHashMap<>();
  private final InstantSource clock;

  WindowSet(InstantSource clock) {
    this.clock = clock;
  }

  long now() {
    return clock.instant().getEpochSecond();
  }

  /** The windows (named, in the given order) as one locked step; the action sees them in that order. */
  <T> T locked(List<String> names, Function<List<SlidingWindow>, T> action) {
    List<String> order = names.stream().sorted(Comparator.naturalOrder()).distinct().toList();
    while (true) {
      List<SlidingWindow> held = new ArrayList<>(order.size());
      try {
        boolean stale = false;
        for (String name : order) {
          SlidingWindow w = window(name);
          w.lock();
          held.add(w);
          stale |= w.retired();
        }
        if (!stale) {
          List<SlidingWindow> inCallerOrder = names.stream().map(n -> held.get(order.indexOf(n))).toList();
          return action.apply(inCallerOrder);
        }
      } finally {
        held.forEach(SlidingWindow::unlock);
      }
    }
  }

  /** Every non-empty bucket of every window. */
  List<CounterBucket> snapshot() {
    long now = now();
    List<CounterBucket> out = new ArrayList<>();
    windows.forEach((name, w) -> out.addAll(w.snapshot(name, now)));
    return out;
  }

  /** The buckets changed since the last drain; windows left idle are dropped. */
  List<CounterBucket> drainChanges() {
    long now = now();
    List<CounterBucket> out = new ArrayList<>();
    windows.forEach((name, w) -> {
      out.addAll(w.drainChanges(name, now));
      if (w.retireIfIdle(now)) {
        windows.remove(name, w);
      }
    });
    return out;
  }

  /** Loads persisted buckets; buckets of unknown counters or outside their window are skipped. */
  void restore(List<CounterBucket> buckets) {
    long now = now();
    for (CounterBucket b : buckets) {
      if (WindowKind.ofCounter(b.counter()) != null) {
        locked(List.of(b.counter()), ws -> {
          ws.get(0).restore(b.bucketStart(), b.count(), now);
          return null;
        });
      }
    }
  }

  /** The count in a window now (0 for a window never used). */
  long used(String name) {
    SlidingWindow w = windows.get(name);
    return w == null ? 0 : w.used(now());
  }

  int size() {
    return windows.size();
  }

  private SlidingWindow window(String name) {
    WindowKind kind = WindowKind.ofCounter(name);
    if (kind == null) {
      throw new IllegalArgumentException("counter name must end with :rpm, :rpd or :tpm: " + name);
    }
    SlidingWindow existing = windows.get(name);
    if (existing != null && !existing.retired()) {
      return existing;
    }
    return windows.compute(name, (n, w) -> w == null || w.retired() ? new SlidingWindow(kind, now()) : w);
  }
}
