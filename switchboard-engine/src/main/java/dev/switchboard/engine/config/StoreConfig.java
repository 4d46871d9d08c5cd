package dev.switchboard.engine.config;

/**
 * {@code store:} where keys, usage and counters live: {@code sqlite:FILE} (the default,
 * {@code sqlite:switchboard.db} beside the config), {@code sqlite::memory:}, or
 * {@code postgresql://user:pass@host:5432/db}.
 */
public record StoreConfig(String url) {

  public static final StoreConfig DEFAULT = new StoreConfig("sqlite:switchboard.db");
}
