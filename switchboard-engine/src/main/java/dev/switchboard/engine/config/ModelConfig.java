package dev.switchboard.engine.config;

/**
 * A model a provider serves: clients may ask for {@code name} or {@code alias}; {@code upstream}
 * is the name sent to the provider (defaults to {@code name}).
 */
public record ModelConfig(String name, String alias, String upstream) {

  public String upstreamName() {
    return upstream == null || upstream.isBlank() ? name : upstream;
  }
}
