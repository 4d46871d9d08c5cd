package dev.switchboard.bench.upstream;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;

/**
 * Starts the mock upstream on 127.0.0.1: {@code java -jar switchboard-bench-upstream.jar [PORT]}.
 * One {@link MockVerticle} per core share the port, like the gateway's own HTTP verticles, so the
 * mock scales with the machine and the direct target is a ceiling, not a bottleneck.
 */
public final class MockUpstream {

  private static final int DEFAULT_PORT = 18080;

  private MockUpstream() {}

  public static void main(String[] args) {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_PORT;
    int instances = Math.max(1, Runtime.getRuntime().availableProcessors());
    Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(instances));
    vertx.deployVerticle(() -> new MockVerticle(port), new DeploymentOptions().setInstances(instances))
        .onSuccess(id -> System.out.println("mock upstream listening on http://127.0.0.1:" + port
            + " (" + instances + " verticles)"))
        .onFailure(e -> {
          System.err.println("mock upstream failed to start: " + e);
          System.exit(1);
        });
  }
}
