package dev.switchboard.engine.config;

import java.util.List;

/**
 * Binds where state lives and how long it stays: {@code store}, {@code redis}, {@code usage} and
 * {@code relay-sync}. A relative SQLite file (the default {@code sqlite:switchboard.db} too) and
 * the relay-sync config path are resolved against the config file's folder, so the gateway finds
 * them whatever directory it was started from.
 */
final class StorageBinder {

  private static final String SQLITE = "sqlite:";

  private StorageBinder() {}

  static StoreConfig store(YamlMapping m) {
    YamlValue url = m.value("url");
    m.finish();
    String text = url == null
        ? StoreConfig.DEFAULT.url()
        : url.toPrefixed(List.of(SQLITE, "postgresql://", "postgres://"), "sqlite:switchboard.db");
    if (text == null) {
      return StoreConfig.DEFAULT;
    }
    if (text.equals(SQLITE)) {
      url.report("names no database file; write sqlite:FILE or sqlite::memory:");
      return StoreConfig.DEFAULT;
    }
    return new StoreConfig(resolveSqlite(m.context(), text));
  }

  static RedisConfig redis(YamlMapping m) {
    YamlValue url = m.value("url");
    m.finish();
    return url == null ? RedisConfig.NONE
        : new RedisConfig(url.toPrefixed(List.of("redis://", "rediss://"), "redis://127.0.0.1:6379"));
  }

  static UsageConfig usage(YamlMapping m) {
    UsageConfig usage = new UsageConfig(m.duration("retention", UsageConfig.DEFAULT.retention()));
    m.finish();
    return usage;
  }

  static RelaySyncConfig relaySync(YamlMapping m) {
    String config = m.string("config");
    RelaySyncConfig relaySync = new RelaySyncConfig(
        config == null ? null : m.context().resolve(config),
        m.duration("every", RelaySyncConfig.NONE.every()));
    m.finish();
    return relaySync;
  }

  private static String resolveSqlite(BindContext context, String url) {
    if (!url.startsWith(SQLITE)) {
      return url;
    }
    String rest = url.substring(SQLITE.length());
    if (rest.startsWith(":memory:") || rest.startsWith("file:")) {
      return url;
    }
    int query = rest.indexOf('?');
    String file = query < 0 ? rest : rest.substring(0, query);
    String params = query < 0 ? "" : rest.substring(query);
    return SQLITE + context.resolve(file) + params;
  }
}
