package dev.switchboard.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code switchboard}: the entry point of the application jar. Exit codes: 0 ok, 1 runtime
 * failure, 2 usage or configuration error.
 */
@Command(name = "switchboard", mixinStandardHelpOptions = true, version = "Switchboard 0.1.0",
    description = "One endpoint for every LLM provider.",
    subcommands = {DemoCommand.class, RunCommand.class, ConfigCommand.class, KeysCommand.class})
public final class SwitchboardCli implements Runnable {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns the exit code. */
  public static int execute(String... args) {
    return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
  }

  /** Runs the command line with the given output streams (tests call this instead of main). */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new SwitchboardCli()).setOut(out).setErr(err);
    cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      cmd.getErr().println("switchboard: " + ex.getMessage());
      return ex instanceof UsageProblem ? 2 : 1;
    });
    return cli.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
