package dev.switchboard.engine.credential;

/**
 * A secret we send upstream: the provider it belongs to, its position in the provider's list (used
 * in logs, metrics and usage records instead of the secret), and its weight.
 */
public record Credential(String providerId, int index, String secret, int weight) {

  /** A stable name that never shows the secret, e.g. {@code openai#1}. */
  public String label() {
    return providerId + "#" + index;
  }

  @Override
  public String toString() {
    return "Credential[" + label() + ", weight=" + weight + "]";
  }
}
