package dev.switchboard.engine.resilience;

/** A credential's breaker: serving, resting after failures, or letting one probe through. */
public enum CircuitState {
  CLOSED,
  OPEN,
  HALF_OPEN
}
