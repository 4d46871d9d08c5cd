package dev.switchboard.engine.usage;

import java.time.Instant;

/** Deletes usage older than the retention allows. Blocking; called from the store jobs' thread. */
@FunctionalInterface
public interface UsagePruning {

  /**
   * Deletes records before {@code cutoff} and rollups of hours that ended before it, in chunks so
   * no single statement holds the database long. Returns the number of records deleted.
   */
  long pruneBefore(Instant cutoff);
}
