package dev.switchboard.engine.credential;

import dev.switchboard.engine.store.CounterBucket;
import java.time.Instant;
import java.util.List;

/**
 * Requests sent with one credential in the current minute and the current UTC day (fixed windows
 * aligned to the epoch), checked against the provider's upstream {@code rpm} and {@code rpd}
 * (-1 unlimited, 0 disabled). Thread-safe: every event loop shares it. Its buckets are exported as
 * {@link CounterBucket}s ({@code cred:<id>:rpm}, {@code cred:<id>:rpd}) so they can be persisted
 * and restored across a restart.
 */
public final class RequestWindow {

  private static final long MINUTE = 60;
  private static final long DAY = 86_400;

  private final String name;
  private long minuteStart;
  private long minuteCount;
  private long dayStart;
  private long dayCount;

  public RequestWindow(CredentialId id) {
    this.name = "cred:" + id.label();
  }

  /** Whether one more request fits under {@code rpm} and {@code rpd} at {@code now}. */
  public synchronized boolean admits(int rpm, int rpd, Instant now) {
    roll(now);
    return fits(minuteCount, rpm) && fits(dayCount, rpd);
  }

  /** Counts one request at {@code now}. */
  public synchronized void add(Instant now) {
    roll(now);
    minuteCount++;
    dayCount++;
  }

  /** The counts of the current windows: {@code [minute, day]}. */
  public synchronized long[] counts(Instant now) {
    roll(now);
    return new long[] {minuteCount, dayCount};
  }

  /** When the window that blocks the next request frees up. */
  public synchronized Instant freesAt(int rpm, Instant now) {
    roll(now);
    return Instant.ofEpochSecond(fits(minuteCount, rpm) ? dayStart + DAY : minuteStart + MINUTE);
  }

  public synchronized List<CounterBucket> export(Instant now) {
    roll(now);
    return List.of(new CounterBucket(name + ":rpm", minuteStart, minuteCount),
        new CounterBucket(name + ":rpd", dayStart, dayCount));
  }

  /** Restores counts from persisted buckets of this credential that are still current. */
  public synchronized void restore(List<CounterBucket> buckets, Instant now) {
    roll(now);
    for (CounterBucket b : buckets) {
      if (b.counter().equals(name + ":rpm") && b.bucketStart() == minuteStart) {
        minuteCount = Math.max(minuteCount, b.count());
      } else if (b.counter().equals(name + ":rpd") && b.bucketStart() == dayStart) {
        dayCount = Math.max(dayCount, b.count());
      }
    }
  }

  public String name() {
    return name;
  }

  private void roll(Instant now) {
    long s = now.getEpochSecond();
    long m = s - Math.floorMod(s, MINUTE);
    long d = s - Math.floorMod(s, DAY);
    if (m != minuteStart) {
      minuteStart = m;
      minuteCount = 0;
    }
    if (d != dayStart) {
      dayStart = d;
      dayCount = 0;
    }
  }

  private static boolean fits(long count, int limit) {
    return limit < 0 || count < limit;
  }
}
