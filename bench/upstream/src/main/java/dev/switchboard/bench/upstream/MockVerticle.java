package dev.switchboard.bench.upstream;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import java.nio.charset.StandardCharsets;

/**
 * One event loop's share of the mock: {@code POST …/chat/completions} answers a fixed completion,
 * or, when the body asks for {@code "stream": true}, a stream paced by {@link ChunkPacer} in the
 * {@link StreamShape} the request chooses. {@code GET /health} answers 200 for the harness's
 * readiness probe. Everything else is 404.
 */
final class MockVerticle extends VerticleBase {

  // A deep accept queue: the slow-stream scenario opens thousands of connections within seconds.
  private static final int ACCEPT_BACKLOG = 16384;

  private final int port;

  MockVerticle(int port) {
    this.port = port;
  }

  @Override
  public Future<?> start() {
    HttpServerOptions options = new HttpServerOptions()
        .setHost("127.0.0.1")
        .setPort(port)
        .setTcpNoDelay(true)
        .setIdleTimeout(0)
        .setAcceptBacklog(ACCEPT_BACKLOG);
    return vertx.createHttpServer(options).requestHandler(this::handle).listen();
  }

  private void handle(HttpServerRequest req) {
    if (req.method() == HttpMethod.GET && "/health".equals(req.path())) {
      req.response().end("ok");
    } else if (req.method() == HttpMethod.POST && req.path().endsWith("/chat/completions")) {
      req.body().onSuccess(body -> answer(req, body));
    } else {
      req.response().setStatusCode(404).end();
    }
  }

  private void answer(HttpServerRequest req, Buffer body) {
    ChatRequestView view = ChatRequestView.of(body.toString(StandardCharsets.UTF_8));
    if (!view.stream()) {
      req.response().putHeader("content-type", "application/json").end(ChatPayloads.COMPLETION);
      return;
    }
    StreamShape shape = StreamShape.parse(req.getHeader(StreamShape.CHUNKS_HEADER),
        req.getHeader(StreamShape.INTERVAL_HEADER), view.model());
    new ChunkPacer(vertx, req.response(), shape, view.includeUsage()).start();
  }
}
