package dev.switchboard.bench.load;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.PoolOptions;
import java.util.concurrent.CountDownLatch;

/**
 * One event loop's share of a streams run: {@code slots} streams at a time, each slot starting its
 * next stream when one ends, until {@code total} have run. Slot starts are spread over the ramp so
 * thousands of connections do not arrive in the same millisecond.
 */
final class StreamVerticle extends VerticleBase {

  private final Target target;
  private final StreamPlan plan;
  private final StreamStats stats;
  private final CountDownLatch done;
  private HttpClient client;
  private long started;
  private long ended;

  StreamVerticle(Target target, StreamPlan plan, StreamStats stats, CountDownLatch done) {
    this.target = target;
    this.plan = plan;
    this.stats = stats;
    this.done = done;
  }

  @Override
  public Future<?> start() {
    client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setTcpNoDelay(true),
        new PoolOptions().setHttp1MaxSize(plan.slots()).setMaxWaitQueueSize(-1));
    if (plan.total() == 0) {
      done.countDown();
    }
    for (int i = 0; i < plan.slots(); i++) {
      vertx.setTimer(1 + i * Math.max(1, plan.rampMs()) / plan.slots(), id -> next());
    }
    return Future.succeededFuture();
  }

  @Override
  public Future<?> stop() {
    return client.close();
  }

  private void next() {
    if (started >= plan.total()) {
      return;
    }
    started++;
    long t0 = System.nanoTime();
    client.request(target.requestOptions())
        .compose(req -> req.send(target.body()))
        .onSuccess(resp -> read(resp, t0))
        .onFailure(e -> end(() -> stats.failed("connect/send: " + e.getMessage())));
  }

  private void read(HttpClientResponse resp, long t0) {
    if (resp.statusCode() != 200) {
      resp.body().onComplete(b -> end(() -> stats.failed("HTTP " + resp.statusCode() + ": "
          + (b.succeeded() ? b.result().toString() : ""))));
      return;
    }
    stats.opened();
    SseTally tally = new SseTally(plan.marker());
    long[] ttfb = {-1};
    boolean[] closed = {false};
    resp.handler(buf -> {
      if (ttfb[0] < 0) {
        ttfb[0] = (System.nanoTime() - t0) / 1_000;
      }
      tally.feed(buf.getBytes());
    });
    resp.endHandler(v -> closeStream(closed, () -> stats.ended(ttfb[0], tally.deltas(), tally.complete())));
    resp.exceptionHandler(e -> closeStream(closed, () -> stats.failed("mid-stream: " + e.getMessage())));
  }

  /** Ends an open stream once, whichever of its end or its failure comes first. */
  private void closeStream(boolean[] closed, Runnable record) {
    if (closed[0]) {
      return;
    }
    closed[0] = true;
    stats.closed();
    end(record);
  }

  private void end(Runnable record) {
    record.run();
    if (++ended == plan.total()) {
      done.countDown();
    }
    next();
  }
}
