package dev.switchboard.engine.provider;

import dev.switchboard.engine.config.ProviderConfig;

/** A configured upstream. Either an {@link HttpProvider} or a {@link LocalProvider}. */
public interface Provider {

  ProviderConfig config();

  default String id() {
    return config().id();
  }
}
