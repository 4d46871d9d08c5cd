package dev.switchboard.engine.provider.mock;

import dev.switchboard.engine.config.MockConfig;
import dev.switchboard.engine.config.ProviderConfig;
import dev.switchboard.engine.provider.Provider;
import dev.switchboard.engine.provider.ProviderType;
import io.vertx.core.Vertx;

/** {@code type: mock}. */
public final class MockProviderType implements ProviderType {

  @Override
  public String name() {
    return "mock";
  }

  @Override
  public Provider create(ProviderConfig config, Vertx vertx) {
    MockConfig mock = config.mock() == null ? MockConfig.DEFAULT : config.mock();
    return new MockProvider(config, mock, vertx);
  }
}
