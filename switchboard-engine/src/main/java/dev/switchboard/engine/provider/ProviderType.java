package dev.switchboard.engine.provider;

import dev.switchboard.engine.config.ProviderConfig;
import io.vertx.core.Vertx;

/** A kind of provider ({@code openai}, {@code mock}, ...): its config name and how to build one. */
public interface ProviderType {

  /** The {@code type:} value in the config. */
  String name();

  Provider create(ProviderConfig config, Vertx vertx);
}
