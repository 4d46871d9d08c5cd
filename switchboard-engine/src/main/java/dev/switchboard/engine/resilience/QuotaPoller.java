package dev.switchboard.engine.resilience;

import dev.switchboard.translate.Json;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import java.time.Duration;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls each provider's {@code quota-url} on a Vert.x periodic timer (never blocking) and hands the
 * per-model fractions ({@link QuotaDocument}) to the {@link QuotaBoard}. {@link #sync} is called
 * with every new gateway state: pollers whose provider, URL and interval are unchanged keep
 * running, the others are stopped or started, so a reload neither duplicates nor loses them.
 */
public final class QuotaPoller {

  private static final Logger LOG = LoggerFactory.getLogger(QuotaPoller.class);
  private static final long REQUEST_TIMEOUT_MS = 10_000;

  private final Vertx vertx;
  private final QuotaBoard board;
  private final InstantSource clock;
  private final Map<Target, Long> timers = new HashMap<>();
  private HttpClient client;

  public QuotaPoller(Vertx vertx, QuotaBoard board, InstantSource clock) {
    this.vertx = vertx;
    this.board = board;
    this.clock = clock;
  }

  /** One provider to poll: its id, quota URL, the headers to send (auth), and the interval. */
  public record Target(String providerId, String url, Map<String, String> headers, Duration interval) {

    public Target {
      headers = Map.copyOf(headers);
    }
  }

  /** Makes the running pollers exactly {@code targets}. */
  public synchronized void sync(List<Target> targets) {
    timers.entrySet().removeIf(e -> {
      if (!targets.contains(e.getKey())) {
        vertx.cancelTimer(e.getValue());
        return true;
      }
      return false;
    });
    for (Target t : targets) {
      timers.computeIfAbsent(t, k -> vertx.setPeriodic(1, Math.max(1, k.interval().toMillis()), id -> poll(k)));
    }
  }

  /** Polls {@code target} once now. */
  public void poll(Target target) {
    RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setAbsoluteURI(target.url())
        .setIdleTimeout(REQUEST_TIMEOUT_MS).setConnectTimeout(REQUEST_TIMEOUT_MS);
    target.headers().forEach(options::putHeader);
    client().request(options)
        .compose(req -> req.send().compose(QuotaPoller::body))
        .onSuccess(body -> board.polled(target.providerId(), QuotaDocument.parse(Json.parseOrNull(body.toString())),
            clock.instant()))
        .onFailure(e -> LOG.warn("quota poll of provider '{}' failed: {}", target.providerId(), e.toString()));
  }

  private static io.vertx.core.Future<io.vertx.core.buffer.Buffer> body(HttpClientResponse resp) {
    if (resp.statusCode() / 100 != 2) {
      return io.vertx.core.Future.failedFuture("quota-url answered " + resp.statusCode());
    }
    return resp.body();
  }

  private synchronized HttpClient client() {
    if (client == null) {
      client = vertx.createHttpClient();
    }
    return client;
  }
}
