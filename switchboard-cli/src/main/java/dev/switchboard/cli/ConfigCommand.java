package dev.switchboard.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code switchboard config ...}: configuration tools. */
@Command(name = "config", mixinStandardHelpOptions = true, description = "Configuration tools.",
    subcommands = {ConfigCheckCommand.class})
final class ConfigCommand implements Runnable {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
