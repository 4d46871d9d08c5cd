package dev.switchboard.testkit;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A fake provider on a loopback port. Every request is recorded; the answer is the next scripted
 * {@link Reply} queued for its path, else the default answerer's (by default {@link WireReplies},
 * which answers each provider's endpoint in its exact wire format, streamed when the request asks).
 * Start it with {@link #start()}, close it after the test.
 */
public final class FakeUpstream implements AutoCloseable {

  private final Vertx vertx;
  private final HttpServer server;
  private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
  private final Map<String, Deque<Reply>> scripts = new HashMap<>();
  private volatile Function<RecordedRequest, Reply> fallback = WireReplies::answer;
  private final AtomicInteger abandoned = new AtomicInteger();

  private FakeUpstream(Vertx vertx) throws Exception {
    this.vertx = vertx;
    this.server = vertx.createHttpServer().requestHandler(this::handle);
    server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  public static FakeUpstream start() throws Exception {
    return new FakeUpstream(Vertx.vertx());
  }

  public int port() {
    return server.actualPort();
  }

  /** {@code http://127.0.0.1:PORT} plus {@code path}. */
  public String url(String path) {
    return "http://127.0.0.1:" + port() + path;
  }

  /** Queues replies for requests whose path (without query) is {@code path}, used in order. */
  public synchronized FakeUpstream enqueue(String path, Reply... replies) {
    Deque<Reply> q = scripts.computeIfAbsent(path, k -> new ArrayDeque<>());
    q.addAll(List.of(replies));
    return this;
  }

  /** Replaces the answerer used when no scripted reply is queued. */
  public FakeUpstream otherwise(Function<RecordedRequest, Reply> answerer) {
    this.fallback = answerer;
    return this;
  }

  public List<RecordedRequest> requests() {
    return new ArrayList<>(requests);
  }

  public long count(String path) {
    return requests.stream().filter(r -> r.path().equals(path)).count();
  }

  /** Streams whose client (the gateway) closed the connection before the stream ended. */
  public int abandonedStreams() {
    return abandoned.get();
  }

  public RecordedRequest last() {
    return requests.isEmpty() ? null : requests.get(requests.size() - 1);
  }

  public synchronized void reset() {
    requests.clear();
    scripts.clear();
    fallback = WireReplies::answer;
  }

  private void handle(HttpServerRequest req) {
    req.body().onSuccess(body -> {
      Map<String, String> headers = new HashMap<>();
      req.headers().forEach(e -> headers.put(e.getKey().toLowerCase(Locale.ROOT), e.getValue()));
      RecordedRequest rec = new RecordedRequest(req.method().name(), req.uri(), headers, body.toString());
      requests.add(rec);
      Reply reply = next(rec);
      play(req, reply);
    });
  }

  private synchronized Reply next(RecordedRequest rec) {
    Deque<Reply> q = scripts.get(rec.path());
    Reply r = q == null ? null : q.poll();
    return r != null ? r : fallback.apply(rec);
  }

  private void play(HttpServerRequest req, Reply reply) {
    HttpServerResponse resp = req.response();
    if (reply instanceof Reply.Body b) {
      later(b.delayMs(), () -> {
        b.headers().forEach(resp::putHeader);
        if (!b.headers().containsKey("content-type")) {
          resp.putHeader("content-type", "application/json");
        }
        resp.setStatusCode(b.status()).end(b.body());
      });
    } else if (reply instanceof Reply.Stream s) {
      later(s.firstByteMs(), () -> {
        resp.setStatusCode(200).setChunked(true).putHeader("content-type", "text/event-stream");
        writeFrames(resp, s, 0);
      });
    } else if (reply instanceof Reply.Reset) {
      req.connection().close();
    }
  }

  /**
   * Writes frames from {@code i}: one per {@code intervalMs}, or, with no interval, as fast as the
   * gateway reads them (a loop that waits for the write queue to drain, never a deep recursion).
   */
  private void writeFrames(HttpServerResponse resp, Reply.Stream s, int i) {
    int next = i;
    do {
      if (resp.closed()) {
        abandoned.incrementAndGet();
        return;
      }
      if (s.cutAfter() >= 0 && next >= s.cutAfter()) {
        resp.reset();
        return;
      }
      if (next >= s.frames().size()) {
        resp.end();
        return;
      }
      resp.write(Buffer.buffer(s.frames().get(next++)));
    } while (s.intervalMs() <= 0 && !resp.writeQueueFull());
    int from = next;
    if (s.intervalMs() <= 0) {
      resp.drainHandler(v -> writeFrames(resp, s, from));
    } else {
      vertx.setTimer(s.intervalMs(), id -> writeFrames(resp, s, from));
    }
  }

  private void later(long ms, Runnable r) {
    if (ms <= 0) {
      r.run();
    } else {
      vertx.setTimer(ms, id -> r.run());
    }
  }

  @Override
  public void close() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }
}
