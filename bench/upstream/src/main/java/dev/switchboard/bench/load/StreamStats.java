package dev.switchboard.bench.load;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Figures of a streams run, shared by the event loops: time to first byte of each stream, the
 * delta chunks received, completed and failed streams, and the peak number of streams open at
 * once (a response begun and not yet ended), which is what "held" means in the slow-stream scenario.
 */
final class StreamStats {

  private final Samples ttfb = new Samples();
  private final AtomicInteger open = new AtomicInteger();
  private final AtomicInteger peakOpen = new AtomicInteger();
  private long chunks;
  private long ok;
  private long failed;
  private String firstFailure;

  void opened() {
    int now = open.incrementAndGet();
    peakOpen.accumulateAndGet(now, Math::max);
  }

  void closed() {
    open.decrementAndGet();
  }

  synchronized void ended(long ttfbMicros, int deltas, boolean complete) {
    chunks += deltas;
    if (ttfbMicros >= 0) {
      ttfb.add(ttfbMicros);
    }
    if (complete) {
      ok++;
    } else {
      failed++;
    }
  }

  synchronized void failed(String why) {
    failed++;
    if (firstFailure == null) {
      firstFailure = why;
    }
  }

  /** The figures as {@code key=value} lines; streams never ended by the deadline count as errors. */
  synchronized String report(long total, double seconds) {
    long unfinished = Math.max(0, total - ok - failed);
    return "streams=" + total + "\nok=" + ok + "\nerrors=" + (failed + unfinished)
        + "\nunfinished=" + unfinished + "\npeak_open=" + peakOpen.get()
        + "\nttfb_p50_us=" + ttfb.quantile(0.50) + "\nttfb_p99_us=" + ttfb.quantile(0.99)
        + "\nttfb_max_us=" + ttfb.max() + "\nchunks=" + chunks
        + "\nchunks_per_s=" + Math.round(chunks / Math.max(seconds, 1e-9))
        + "\nseconds=" + String.format(java.util.Locale.ROOT, "%.2f", seconds)
        + "\nfirst_failure=" + (firstFailure == null ? "" : firstFailure.replace('\n', ' ')) + "\n";
  }
}
