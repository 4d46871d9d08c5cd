package dev.switchboard.engine.usage;

import java.time.Duration;

/**
 * How the usage writer batches: at most {@code capacity} records wait in memory (more are dropped
 * and counted, so a stalled database never grows the heap without bound), and a batch is written
 * when it holds {@code batchSize} records or its first record has waited {@code maxDelay}.
 */
public record WriterSettings(int capacity, int batchSize, Duration maxDelay) {

  /** 200,000 waiting records (about 100 MB at most), 500 per batch, 200 ms. */
  public static final WriterSettings DEFAULT = new WriterSettings(200_000, 500, Duration.ofMillis(200));
}
