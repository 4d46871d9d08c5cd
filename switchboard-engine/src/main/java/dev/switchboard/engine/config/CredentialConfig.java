package dev.switchboard.engine.config;

/** A secret sent upstream, with its weight for weighted selection; disabled credentials are skipped. */
public record CredentialConfig(String key, int weight, boolean disabled) {

  @Override
  public String toString() {
    return "CredentialConfig[key=<redacted>, weight=" + weight + ", disabled=" + disabled + "]";
  }
}
