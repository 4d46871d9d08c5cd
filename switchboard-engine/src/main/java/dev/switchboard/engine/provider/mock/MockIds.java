package dev.switchboard.engine.provider.mock;

import java.util.concurrent.atomic.AtomicLong;

/** Response ids of the mock: unique within the process. */
final class MockIds {

  private static final AtomicLong NEXT = new AtomicLong(System.currentTimeMillis());

  private MockIds() {}

  static String next() {
    return "mock-" + Long.toString(NEXT.incrementAndGet(), 36);
  }
}
