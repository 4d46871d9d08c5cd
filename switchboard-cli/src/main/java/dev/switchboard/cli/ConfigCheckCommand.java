package dev.switchboard.cli;

import dev.switchboard.engine.config.SwitchboardConfig;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code switchboard config check -c FILE}: validates the file and prints the providers and routes
 * it resolves to; exit 2 with every problem (file, line, field) when it is invalid.
 */
@Command(name = "check", mixinStandardHelpOptions = true, description = "Validate a config; print providers and routes.")
final class ConfigCheckCommand implements Callable<Integer> {

  @Option(names = {"-c", "--config"}, defaultValue = "switchboard.yaml", description = "Config file (default: ${DEFAULT-VALUE}).")
  private Path config;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    SwitchboardConfig cfg = ConfigFiles.load(config);
    spec.commandLine().getOut().print(ConfigSummary.of(cfg));
    spec.commandLine().getOut().println(config + ": OK");
    return 0;
  }
}
