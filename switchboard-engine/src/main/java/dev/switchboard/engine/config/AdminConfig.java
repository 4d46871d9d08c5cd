package dev.switchboard.engine.config;

/** {@code admin:} the admin key; null or blank means {@code /admin/*} answers 403. */
public record AdminConfig(String key) {

  public boolean enabled() {
    return key != null && !key.isBlank();
  }
}
