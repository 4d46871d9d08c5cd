package dev.switchboard.engine.limit;

/**
 * The state of one limited window for the {@code x-ratelimit-*} headers: the limit, what is left
 * after this request, and the seconds until the oldest count leaves the window (the next time
 * capacity comes back; 0 when nothing is counted).
 */
public record WindowStatus(long limit, long remaining, long resetSeconds) {

  public WindowStatus {
    remaining = Math.max(0, remaining);
    resetSeconds = Math.max(0, resetSeconds);
  }
}
