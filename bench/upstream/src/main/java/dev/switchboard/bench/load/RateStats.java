package dev.switchboard.bench.load;

/**
 * The measured phase of a fixed-rate run, shared by the event loops (one synchronized update per
 * request: cheap at the rates this mode offers). Latency runs from each request's scheduled start
 * to the end of its response, which counts any queueing a stalled target causes.
 */
final class RateStats {

  private final Samples latency = new Samples();
  private long errors;
  private long measured;

  synchronized void record(long micros, boolean ok) {
    measured++;
    if (ok) {
      latency.add(micros);
    } else {
      errors++;
    }
  }

  /** The figures as {@code key=value} lines for bench/run.sh. */
  synchronized String report(double seconds) {
    return "requests=" + measured + "\nerrors=" + errors
        + "\nachieved_rps=" + Math.round(measured / Math.max(seconds, 1e-9))
        + "\np50_us=" + latency.quantile(0.50) + "\np90_us=" + latency.quantile(0.90)
        + "\np99_us=" + latency.quantile(0.99) + "\np999_us=" + latency.quantile(0.999)
        + "\nmax_us=" + latency.max() + "\n";
  }
}
