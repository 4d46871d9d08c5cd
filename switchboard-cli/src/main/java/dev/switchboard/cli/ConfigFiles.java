package dev.switchboard.cli;

import dev.switchboard.engine.config.ConfigException;
import dev.switchboard.engine.config.ConfigLoader;
import dev.switchboard.engine.config.SwitchboardConfig;
import dev.switchboard.engine.provider.ProviderRegistry;
import java.nio.file.Files;
import java.nio.file.Path;

/** Loads a config file for a command, turning every problem into a {@link UsageProblem} (exit 2). */
final class ConfigFiles {

  private ConfigFiles() {}

  static ConfigLoader loader() {
    return new ConfigLoader(ProviderRegistry.builtIns().names());
  }

  static SwitchboardConfig load(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new UsageProblem(file + ": config file not found (pass one with -c FILE)");
    }
    try {
      return loader().load(file);
    } catch (ConfigException e) {
      throw new UsageProblem(e.getMessage());
    }
  }
}
