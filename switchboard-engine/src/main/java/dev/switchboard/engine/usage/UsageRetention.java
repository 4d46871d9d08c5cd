package dev.switchboard.engine.usage;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prunes usage older than {@code usage.retention} (records and rollups). Run periodically in the
 * background (the app schedules it hourly); the store deletes in chunks, so a first run over a
 * large backlog neither locks the database for long nor loads the rows into memory.
 */
public final class UsageRetention implements Runnable {

  private static final Logger LOG = LoggerFactory.getLogger(UsageRetention.class);

  private final UsagePruning store;
  private final Supplier<Duration> retention;
  private final Clock clock;

  public UsageRetention(UsagePruning store, Supplier<Duration> retention, Clock clock) {
    this.store = store;
    this.retention = retention;
    this.clock = clock;
  }

  @Override
  public void run() {
    Duration keep = retention.get();
    if (keep == null || keep.isZero() || keep.isNegative()) {
      return;
    }
    try {
      long n = store.pruneBefore(clock.instant().minus(keep));
      if (n > 0) {
        LOG.info("usage retention ({}) pruned {} record(s)", keep, n);
      }
    } catch (RuntimeException e) {
      LOG.warn("usage retention failed, will retry on the next run: {}", e.toString());
    }
  }
}
