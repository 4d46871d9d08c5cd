package dev.switchboard.engine.credential;

/** Whether a candidate may take an attempt now. */
public enum Admission {
  /** Usable. */
  OPEN,
  /** Usable, but its model's remaining quota is under the threshold: try it after the others. */
  DEFERRED,
  /** Not usable now: cooling down, its half-open probe is in flight, or at its upstream rpm/rpd. */
  CLOSED
}
