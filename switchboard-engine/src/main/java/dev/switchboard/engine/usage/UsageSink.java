package dev.switchboard.engine.usage;

import java.util.List;

/**
 * Where the usage writer puts a batch: the records and the rollup increments they make, written in
 * one transaction (all or nothing). Blocking; called from the writer's thread only.
 */
@FunctionalInterface
public interface UsageSink {

  void write(List<UsageRecord> records, List<HourlyRollup> rollups);
}
