package dev.switchboard.engine.limit;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tokens a request holds in its key's TPM window from admission until it ends. {@link #settle}
 * takes the estimate back out of the bucket it went into (if that bucket is still in the window)
 * and counts the real tokens now, when they were used; {@link #release} is a settle with 0, for a
 * request that used nothing. Only the first settle or release counts; both are thread-safe.
 */
public final class TokenReservation {

  /** The reservation of a request whose key has no TPM limit: settling it does nothing. */
  public static final TokenReservation NONE = new TokenReservation(null, null, 0, 0);

  private final WindowSet windows;
  private final String counter;
  private final long bucketStart;
  private final long estimate;
  private final AtomicBoolean done = new AtomicBoolean();

  TokenReservation(WindowSet windows, String counter, long bucketStart, long estimate) {
    this.windows = windows;
    this.counter = counter;
    this.bucketStart = bucketStart;
    this.estimate = estimate;
  }

  /** The tokens reserved at admission. */
  public long estimate() {
    return estimate;
  }

  /** Replaces the estimate with the tokens the request really used (input plus output). */
  public void settle(long actualTokens) {
    if (windows == null || !done.compareAndSet(false, true)) {
      return;
    }
    long now = windows.now();
    windows.locked(List.of(counter), ws -> {
      SlidingWindow w = ws.get(0);
      w.subtract(bucketStart, estimate, now);
      if (actualTokens > 0) {
        w.add(now, actualTokens);
      }
      return null;
    });
  }

  /** Gives the reserved tokens back (the request used none). */
  public void release() {
    settle(0);
  }
}
