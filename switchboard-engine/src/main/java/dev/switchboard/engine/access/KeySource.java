package dev.switchboard.engine.access;

/** Where a client key comes from: the config's {@code client-keys} (read-only) or the admin API. */
public enum KeySource {
  CONFIG,
  API
}
