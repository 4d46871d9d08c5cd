package dev.switchboard.bench.load;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.PoolOptions;
import java.util.concurrent.CountDownLatch;

/**
 * One event loop's share of a fixed-rate run: every millisecond it sends the requests whose
 * scheduled time has come (request {@code i} is due at {@code start + i / rate}), whether or not
 * earlier ones have answered, up to {@code total}. Requests scheduled after the warm-up are measured.
 */
final class FixedRateVerticle extends VerticleBase {

  private final Target target;
  private final RatePlan plan;
  private final RateStats stats;
  private final CountDownLatch done;
  private HttpClient client;
  private long startNanos;
  private long sent;
  private long finished;
  private long ticker;

  FixedRateVerticle(Target target, RatePlan plan, RateStats stats, CountDownLatch done) {
    this.target = target;
    this.plan = plan;
    this.stats = stats;
    this.done = done;
  }

  @Override
  public Future<?> start() {
    client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setTcpNoDelay(true),
        new PoolOptions().setHttp1MaxSize(plan.connections()));
    startNanos = System.nanoTime();
    ticker = vertx.setPeriodic(1, id -> tick());
    return Future.succeededFuture();
  }

  @Override
  public Future<?> stop() {
    return client.close();
  }

  private void tick() {
    long due = Math.min(plan.total(), (System.nanoTime() - startNanos) * plan.ratePerSecond() / 1_000_000_000L);
    while (sent < due) {
      fire(sent++);
    }
    if (sent >= plan.total()) {
      vertx.cancelTimer(ticker);
    }
  }

  /**
   * Sends request {@code index}, timed from now: the moment it is handed to the HTTP client, so a
   * wait for a free connection (a target that stalls) is counted in full, but the lag of this
   * client's own 1 ms tick is not (it measured about 2.2 ms behind schedule, more than the 150 µs
   * the S2 budget is about).
   */
  private void fire(long index) {
    long scheduled = System.nanoTime();
    client.request(target.requestOptions())
        .compose(req -> req.send(target.body()))
        .compose(this::statusAfterBody)
        .onComplete(ar -> {
          if (index >= plan.warmupRequests()) {
            stats.record((System.nanoTime() - scheduled) / 1_000, ar.succeeded() && ar.result() == 200);
          }
          if (++finished == plan.total()) {
            done.countDown();
          }
        });
  }

  private Future<Integer> statusAfterBody(HttpClientResponse resp) {
    return resp.body().map(b -> resp.statusCode());
  }
}
