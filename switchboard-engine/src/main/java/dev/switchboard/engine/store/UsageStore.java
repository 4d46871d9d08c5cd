package dev.switchboard.engine.store;

import dev.switchboard.engine.usage.UsagePruning;
import dev.switchboard.engine.usage.UsageRecord;
import dev.switchboard.engine.usage.UsageSink;
import java.util.List;
import java.util.Map;

/**
 * Usage records (they double as the request log) and their hourly rollups: written in batches by
 * the usage writer, read by the admin API, pruned by retention. Blocking: call from a worker thread.
 */
public interface UsageStore extends UsageSink, UsagePruning {

  /** Rollup totals per bucket, in bucket order (time order for day and hour). */
  List<UsageRow> usage(UsageQuery query);

  /** All-time (within retention) totals per client key id. */
  Map<String, UsageTotals> totalsByKey();

  /** A page of the request log, newest first. */
  List<UsageRecord> logs(LogQuery query);
}
