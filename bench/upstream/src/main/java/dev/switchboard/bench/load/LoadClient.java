package dev.switchboard.bench.load;

import io.vertx.core.Deployable;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The harness's load client: {@code java -cp switchboard-bench-upstream.jar
 * dev.switchboard.bench.load.LoadClient --mode rate|streams --url URL --body FILE [...]}
 * (see {@link LoadOptions}). Work is split evenly over one verticle per event loop; the figures
 * are printed as {@code key=value} lines when the run ends or {@code --max-seconds} pass, whichever
 * comes first, and the process always exits.
 */
public final class LoadClient {

  private LoadClient() {}

  public static void main(String[] args) throws Exception {
    LoadOptions o = LoadOptions.parse(args);
    int loops = (int) o.number("loops", Math.max(1, Runtime.getRuntime().availableProcessors()));
    Target target = new Target(o.url(), body(o.bodyFile()), o.headers());
    Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(loops).setPreferNativeTransport(true));
    String report = o.mode() == Mode.RATE ? rate(vertx, loops, target, o) : streams(vertx, loops, target, o);
    System.out.print(report);
    System.out.flush();
    closeQuietly(vertx);
    System.exit(0);
  }

  private static String rate(Vertx vertx, int loops, Target target, LoadOptions o) throws Exception {
    RateStats stats = new RateStats();
    long rate = o.number("rate", 1000);
    long warm = o.number("warmup", 5);
    long seconds = o.number("seconds", 20);
    RatePlan plan = new RatePlan(rate / loops, rate / loops * (warm + seconds), rate / loops * warm,
        (int) Math.max(1, o.number("connections", 64) / loops));
    CountDownLatch done = new CountDownLatch(loops);
    String id = deploy(vertx, loops, () -> new FixedRateVerticle(target, plan, stats, done));
    done.await(o.number("max-seconds", 120), TimeUnit.SECONDS);
    undeployQuietly(vertx, id);
    return stats.report(seconds);
  }

  /**
   * Streams mode. An optional warm-up ({@code --warmup-streams}, with {@code --warmup-body}) runs
   * first and is not measured: a cold JVM client on a busy machine would otherwise add its own
   * JIT time to the first streams' time to first byte.
   */
  private static String streams(Vertx vertx, int loops, Target target, LoadOptions o) throws Exception {
    long streams = o.number("streams", 1000);
    long maxSeconds = o.number("max-seconds", 120);
    long warmup = o.number("warmup-streams", 0);
    if (warmup > 0) {
      Target warm = new Target(target.url(), body(o.text("warmup-body", o.bodyFile())), target.headers());
      StreamPlan plan = new StreamPlan((int) Math.max(1, Math.min(streams, 200) / loops), warmup / loops, 0, o.marker());
      runStreams(vertx, loops, warm, plan, maxSeconds / 2);
    }
    StreamPlan plan = new StreamPlan((int) Math.max(1, streams / loops), o.number("total", streams) / loops,
        o.number("ramp-ms", 0), o.marker());
    long t0 = System.nanoTime();
    StreamStats stats = runStreams(vertx, loops, target, plan, maxSeconds);
    return stats.report(plan.total() * loops, (System.nanoTime() - t0) / 1e9);
  }

  private static StreamStats runStreams(Vertx vertx, int loops, Target target, StreamPlan plan, long maxSeconds)
      throws Exception {
    StreamStats stats = new StreamStats();
    CountDownLatch done = new CountDownLatch(loops);
    String id = deploy(vertx, loops, () -> new StreamVerticle(target, plan, stats, done));
    done.await(maxSeconds, TimeUnit.SECONDS);
    undeployQuietly(vertx, id);
    return stats;
  }

  private static Buffer body(String file) throws java.io.IOException {
    return Buffer.buffer(Files.readAllBytes(Path.of(file)));
  }

  private static String deploy(Vertx vertx, int loops, Supplier<Deployable> verticle) throws Exception {
    return vertx.deployVerticle(verticle, new DeploymentOptions().setInstances(loops))
        .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
  }

  /** Undeploys a phase's verticles (closing their connections) without waiting long. */
  private static void undeployQuietly(Vertx vertx, String id) {
    try {
      vertx.undeploy(id).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      System.err.println("load client: undeploy did not finish: " + e);
    }
  }

  /** Closes Vert.x but never waits long: the figures are printed and the process must exit. */
  private static void closeQuietly(Vertx vertx) {
    try {
      vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      System.err.println("load client: vertx did not close cleanly: " + e);
    }
  }

}
