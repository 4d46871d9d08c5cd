package dev.switchboard.engine.limit;

/**
 * One limit to check for a request: the window's counter name, its limit, how much the request
 * needs (1 request, or its estimated tokens) and which limit it is.
 */
record WindowCheck(String counter, long limit, long need, LimitKind kind) {

  /**
   * Whether {@code need} fits with {@code used} already counted. A need larger than the whole limit
   * fits an empty window, so one oversized request is never locked out for ever.
   */
  boolean fits(long used) {
    return used == 0 || used + need <= limit;
  }

  /** Seconds until it fits (the window must drop enough of its oldest counts). */
  long secondsUntilFits(SlidingWindow w, long now) {
    return w.secondsUntilFits(limit, Math.min(need, limit), now);
  }

  WindowStatus status(SlidingWindow w, long now) {
    return new WindowStatus(limit, limit - w.used(now), w.secondsUntilOldestLeaves(now));
  }
}
