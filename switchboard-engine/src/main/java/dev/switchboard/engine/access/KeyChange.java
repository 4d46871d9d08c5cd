package dev.switchboard.engine.access;

/** The outcome of changing a client key through the admin API. */
public enum KeyChange {
  DONE,
  NOT_FOUND,
  /** The key comes from the config file; change it there. */
  READ_ONLY
}
