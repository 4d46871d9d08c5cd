package dev.switchboard.cli;

import dev.switchboard.server.app.SwitchboardServer;
import java.util.concurrent.CountDownLatch;

/**
 * Keeps a foreground server alive until the JVM is asked to stop (SIGTERM, SIGINT), then drains
 * in-flight requests before the process exits.
 */
final class ServerLifecycle {

  private ServerLifecycle() {}

  static void awaitShutdown(SwitchboardServer server) throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.err.println("Switchboard stopping: draining requests in flight...");
      server.close();
      stopped.countDown();
    }, "switchboard-shutdown"));
    stopped.await();
  }
}
