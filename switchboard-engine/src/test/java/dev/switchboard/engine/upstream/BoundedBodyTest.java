package dev.switchboard.engine.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.engine.provider.UpstreamFailure;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import io.vertx.core.http.HttpClientResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Upstream bodies are read up to a size, against a real loopback server. */
class BoundedBodyTest {

  private static Vertx vertx;
  private static HttpServer server;
  private static HttpClient client;

  /** Answers {@code /bytes/N} with N bytes, chunked (no content-length) unless {@code ?len}. */
  @BeforeAll
  static void start() throws Exception {
    vertx = Vertx.vertx();
    server = vertx.createHttpServer().requestHandler(req -> {
      int n = Integer.parseInt(req.path().substring("/bytes/".length()));
      Buffer chunk = Buffer.buffer(new byte[4096]);
      var resp = req.response();
      if (req.query() != null && req.query().contains("len")) {
        resp.putHeader("content-length", Integer.toString(n));
      } else {
        resp.setChunked(true);
      }
      int left = n;
      while (left > 0) {
        int k = Math.min(left, chunk.length());
        resp.write(chunk.slice(0, k));
        left -= k;
      }
      resp.end();
    }).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    client = vertx.createHttpClient();
  }

  @AfterAll
  static void stop() {
    vertx.close();
  }

  private static Future<Buffer> fetch(String path,
      BiFunction<HttpClientResponse, HttpClientRequest, Future<Buffer>> reader) {
    return client.request(HttpMethod.GET, server.actualPort(), "127.0.0.1", path)
        .compose(req -> req.send().compose(resp -> reader.apply(resp.pause(), req)));
  }

  private static Throwable failure(Future<Buffer> f) throws Exception {
    try {
      f.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
      return null;
    } catch (java.util.concurrent.ExecutionException e) {
      return e.getCause();
    }
  }

  @Test
  void aBodyWithinTheLimitIsReadWhole() throws Exception {
    Buffer b = fetch("/bytes/100000", (resp, req) -> BoundedBody.read(resp, req, 100_000))
        .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    assertThat(b.length()).isEqualTo(100_000);
  }

  @Test
  void aBodyPastTheLimitFailsTheAttemptAsAServerFailure() throws Exception {
    for (String path : new String[] {"/bytes/300000", "/bytes/300000?len"}) {
      Throwable t = failure(fetch(path, (resp, req) -> BoundedBody.read(resp, req, 100_000)));
      assertThat(t).as(path).isInstanceOf(UpstreamFailure.class);
      assertThat(((UpstreamFailure) t).error().status()).isEqualTo(502);
      assertThat(t.getMessage()).contains("larger than 97 KiB");
    }
  }

  @Test
  void anErrorBodyIsCutAtTheLimitNotFailed() throws Exception {
    Buffer b = fetch("/bytes/300000", (resp, req) -> BoundedBody.head(resp, req, 100_000))
        .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    assertThat(b.length()).isEqualTo(100_000);
  }
}
