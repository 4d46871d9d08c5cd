package dev.switchboard.engine.limit;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/** A clock the test moves by hand. */
final class TestClock implements InstantSource {

  private volatile Instant now;

  TestClock(String isoInstant) {
    this.now = Instant.parse(isoInstant);
  }

  @Override
  public Instant instant() {
    return now;
  }

  void advance(Duration d) {
    now = now.plus(d);
  }

  void advanceSeconds(long s) {
    advance(Duration.ofSeconds(s));
  }

  void set(String isoInstant) {
    now = Instant.parse(isoInstant);
  }
}
