package dev.switchboard.cli;

import dev.switchboard.engine.config.SwitchboardConfig;
import dev.switchboard.server.app.ConfigReloader;
import dev.switchboard.server.app.SwitchboardServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code switchboard run -c FILE}: serves the gateway in the foreground until SIGTERM or Ctrl-C.
 * The config file is watched and re-applied when it changes; SIGHUP reloads it at once.
 */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Run the gateway with a config file.")
final class RunCommand implements Callable<Integer> {

  private static final Duration WATCH_INTERVAL = Duration.ofSeconds(2);

  @Option(names = {"-c", "--config"}, defaultValue = "switchboard.yaml", description = "Config file (default: ${DEFAULT-VALUE}).")
  private Path config;

  @Override
  public Integer call() throws Exception {
    SwitchboardConfig cfg = ConfigFiles.load(config);
    SwitchboardServer server = SwitchboardServer.start(cfg);
    ConfigReloader reloader = new ConfigReloader(server, config, ConfigFiles.loader());
    reloader.watch(WATCH_INTERVAL);
    ReloadSignal.install(reloader);
    System.out.println("Switchboard listening on " + (cfg.server().tls() == null ? "http" : "https") + "://"
        + cfg.server().host() + ":" + server.port() + " (config " + config + ")");
    ServerLifecycle.awaitShutdown(server);
    return 0;
  }
}
