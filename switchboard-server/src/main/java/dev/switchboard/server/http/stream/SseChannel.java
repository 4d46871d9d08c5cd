package dev.switchboard.server.http.stream;

import dev.switchboard.engine.exchange.ClientChannel;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import java.util.function.Consumer;

/**
 * A streamed answer on an HTTP response: commits status 200 with SSE headers (plus whatever the
 * handler adds at commit time, e.g. debug headers), writes chunks, reports back-pressure and a
 * client that went away.
 */
public final class SseChannel implements ClientChannel {

  private final HttpServerResponse resp;
  private final Consumer<HttpServerResponse> onCommit;

  public SseChannel(HttpServerResponse resp, Consumer<HttpServerResponse> onCommit) {
    this.resp = resp;
    this.onCommit = onCommit;
  }

  @Override
  public void commit() {
    if (resp.headWritten() || resp.closed()) {
      return;
    }
    resp.setStatusCode(200)
        .setChunked(true)
        .putHeader("content-type", "text/event-stream; charset=utf-8")
        .putHeader("cache-control", "no-cache")
        .putHeader("x-accel-buffering", "no");
    onCommit.accept(resp);
  }

  @Override
  public void write(String text) {
    if (!resp.closed() && !resp.ended()) {
      resp.write(Buffer.buffer(text));
    }
  }

  @Override
  public boolean writeQueueFull() {
    return !resp.closed() && resp.writeQueueFull();
  }

  @Override
  public void drainHandler(Runnable onDrain) {
    resp.drainHandler(v -> onDrain.run());
  }

  @Override
  public void closeHandler(Runnable onClose) {
    resp.closeHandler(v -> onClose.run());
  }

  @Override
  public void end() {
    if (!resp.ended() && !resp.closed()) {
      resp.end();
    }
  }
}
