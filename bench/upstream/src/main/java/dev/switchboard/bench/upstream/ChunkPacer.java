package dev.switchboard.bench.upstream;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerResponse;

/**
 * Writes one SSE stream in its {@link StreamShape}: the first content chunk at once, the others
 * on a periodic timer, then the finish chunk, the usage chunk when asked for, and {@code [DONE]}.
 * Stops its timer when the client goes away, so abandoned streams cost nothing.
 */
final class ChunkPacer {

  private final Vertx vertx;
  private final HttpServerResponse response;
  private final StreamShape shape;
  private final boolean includeUsage;
  private int sent;
  private long timer = -1;

  ChunkPacer(Vertx vertx, HttpServerResponse response, StreamShape shape, boolean includeUsage) {
    this.vertx = vertx;
    this.response = response;
    this.shape = shape;
    this.includeUsage = includeUsage;
  }

  void start() {
    response.setChunked(true)
        .putHeader("content-type", "text/event-stream")
        .putHeader("cache-control", "no-cache");
    response.closeHandler(v -> cancel());
    response.write(ChatPayloads.FIRST_CHUNK);
    sent = 1;
    if (shape.intervalMs() == 0) {
      while (sent < shape.chunks()) {
        writeNext();
      }
    } else if (sent < shape.chunks()) {
      timer = vertx.setPeriodic(shape.intervalMs(), id -> writeNext());
      return;
    }
    finish();
  }

  private void writeNext() {
    if (response.closed()) {
      cancel();
      return;
    }
    response.write(ChatPayloads.CONTENT_CHUNK);
    sent++;
    if (sent >= shape.chunks() && timer >= 0) {
      cancel();
      finish();
    }
  }

  private void finish() {
    if (response.closed()) {
      return;
    }
    response.write(ChatPayloads.FINISH_CHUNK);
    if (includeUsage) {
      response.write(ChatPayloads.usageChunk(shape.chunks()));
    }
    response.end(ChatPayloads.DONE);
  }

  private void cancel() {
    if (timer >= 0) {
      vertx.cancelTimer(timer);
      timer = -1;
    }
  }
}
