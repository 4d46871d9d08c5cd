package dev.switchboard.engine.config;

/** {@code redis:} optional shared state across instances; a null url means none. */
public record RedisConfig(String url) {

  public static final RedisConfig NONE = new RedisConfig(null);

  public boolean enabled() {
    return url != null && !url.isBlank();
  }
}
