package dev.switchboard.engine.store;

/** Whether a client key is accepted: a disabled key is known but answered 403. */
public enum KeyState {
  ENABLED,
  DISABLED
}
