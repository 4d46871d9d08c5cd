package dev.switchboard.bench.load;

import java.util.Arrays;

/**
 * Latency samples in microseconds, kept whole (a run holds at most a few hundred thousand) so the
 * percentiles are exact rather than bucketed. Not thread-safe: one per event loop, merged at the end.
 */
final class Samples {

  private long[] values = new long[1024];
  private int size;

  void add(long micros) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = micros;
  }

  void addAll(Samples other) {
    for (int i = 0; i < other.size; i++) {
      add(other.values[i]);
    }
  }

  int size() {
    return size;
  }

  /** The value at quantile {@code q} (0..1) by the nearest-rank method; 0 when there are none. */
  long quantile(double q) {
    if (size == 0) {
      return 0;
    }
    long[] sorted = Arrays.copyOf(values, size);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(q * size);
    return sorted[Math.max(0, Math.min(size - 1, rank - 1))];
  }

  long max() {
    return quantile(1.0);
  }
}
