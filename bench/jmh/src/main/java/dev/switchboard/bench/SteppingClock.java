package dev.switchboard.bench;

import java.time.Instant;
import java.time.InstantSource;

/**
 * A clock that moves forward by a fixed step each time it is read, so the limiters' sliding
 * windows roll over as they would under steady traffic instead of filling up within one second of
 * a benchmark loop (which would turn every later admission into a rejection). Single-threaded.
 */
final class SteppingClock implements InstantSource {

  private final long stepNanos;
  private long nanos = Instant.parse("2026-01-05T09:00:00Z").toEpochMilli() * 1_000_000L;

  SteppingClock(long stepNanos) {
    this.stepNanos = stepNanos;
  }

  @Override
  public Instant instant() {
    nanos += stepNanos;
    return Instant.ofEpochSecond(nanos / 1_000_000_000L, nanos % 1_000_000_000L);
  }
}
