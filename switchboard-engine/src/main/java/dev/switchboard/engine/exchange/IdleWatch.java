package dev.switchboard.engine.exchange;

import io.vertx.core.Vertx;
import java.time.Duration;

/**
 * Fires once when no chunk arrived for {@code idle} (routing.timeouts.idle, overridable per
 * provider): the stream's idle timeout, enforced between chunks on the stream's own event loop.
 */
final class IdleWatch {

  private final Vertx vertx;
  private final long idleMillis;
  private final Runnable onIdle;
  private long lastTouch;
  private long timer = -1;
  private boolean stopped;

  IdleWatch(Vertx vertx, Duration idle, Runnable onIdle) {
    this.vertx = vertx;
    this.idleMillis = idle == null ? 0 : idle.toMillis();
    this.onIdle = onIdle;
  }

  /** A chunk arrived (or the watch starts). */
  void touch() {
    lastTouch = System.nanoTime();
    if (timer < 0 && !stopped && idleMillis > 0) {
      arm(idleMillis);
    }
  }

  void stop() {
    stopped = true;
    if (timer >= 0) {
      vertx.cancelTimer(timer);
      timer = -1;
    }
  }

  private void arm(long delay) {
    timer = vertx.setTimer(Math.max(1, delay), id -> {
      timer = -1;
      if (stopped) {
        return;
      }
      long silent = (System.nanoTime() - lastTouch) / 1_000_000;
      if (silent >= idleMillis) {
        stopped = true;
        onIdle.run();
      } else {
        arm(idleMillis - silent);
      }
    });
  }
}
