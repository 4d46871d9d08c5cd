package dev.switchboard.engine.resilience;

import io.vertx.core.Vertx;
import java.time.Duration;

/** Runs a task after a delay without blocking: Vert.x timers in the server, immediate in tests. */
@FunctionalInterface
public interface Delays {

  void after(Duration delay, Runnable task);

  /** Vert.x timers: the task runs on the caller's context (its event loop). */
  static Delays of(Vertx vertx) {
    return (d, task) -> {
      if (d.toMillis() <= 0) {
        task.run();
      } else {
        vertx.setTimer(d.toMillis(), id -> task.run());
      }
    };
  }
}
