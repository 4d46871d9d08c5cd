package dev.switchboard.cli;

import dev.switchboard.engine.config.ConfigException;
import dev.switchboard.engine.config.ServerConfig;
import dev.switchboard.engine.config.SwitchboardConfig;
import dev.switchboard.server.app.SwitchboardServer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code switchboard demo}: the gateway on 127.0.0.1 with built-in mock providers (the bundled
 * {@code demo.yaml}), the client key {@code sk-sb-demo}, and three ready-to-paste curl commands.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Run the gateway with built-in mock providers; no keys needed.")
final class DemoCommand implements Callable<Integer> {

  static final String KEY = "sk-sb-demo";

  @Option(names = "--port", defaultValue = "8317", description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
  private int port;

  @Override
  public Integer call() throws Exception {
    SwitchboardConfig cfg = demoConfig(port);
    SwitchboardServer server;
    try {
      server = SwitchboardServer.start(cfg);
    } catch (Exception e) {
      throw new IllegalStateException("cannot listen on 127.0.0.1:" + port + " (" + e.getMessage()
          + "); try --port with another port", e);
    }
    System.out.println(DemoBanner.text("http://127.0.0.1:" + server.port(), KEY));
    ServerLifecycle.awaitShutdown(server);
    return 0;
  }

  /** The bundled demo config with the chosen port. */
  static SwitchboardConfig demoConfig(int port) throws IOException {
    try (InputStream in = DemoCommand.class.getResourceAsStream("/demo.yaml")) {
      String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      SwitchboardConfig c = ConfigFiles.loader().parse(yaml, Path.of("demo.yaml"), Map.of());
      ServerConfig s = c.server();
      return new SwitchboardConfig(new ServerConfig("127.0.0.1", port, s.maxBodyBytes(), null), c.admin(),
          c.dashboard(), c.store(), c.redis(), c.clientKeys(), c.limits(), c.routing(), c.providers(), c.pricing(),
          c.usage(), c.catalog(), c.relaySync(), c.metrics(), null);
    } catch (ConfigException e) {
      throw new IllegalStateException("the bundled demo config is invalid: " + e.getMessage(), e);
    }
  }
}
