package dev.switchboard.engine.upstream;

import dev.switchboard.translate.canonical.ApiError;
import dev.switchboard.translate.canonical.ErrorType;
import dev.switchboard.engine.provider.UpstreamFailure;
import dev.switchboard.engine.resilience.FailureKind;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.ProxyOptions;
import io.vertx.core.net.ProxyType;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Sends attempts upstream over pooled keep-alive connections: one Vert.x client per outbound proxy
 * setting, created on the caller's event loop so connections stay on it. The response is handed
 * back paused (so no body bytes are lost) once its headers arrive; if they do not arrive within
 * the first-byte timeout the request is reset. Connect and idle timeouts come from the request.
 */
public final class UpstreamClient {

  /**
   * Connections per upstream host and event loop. Every stream in flight holds one, so this bounds
   * the streams a gateway can carry to one provider (bench S4 holds 10,000).
   */
  private static final int MAX_CONNECTIONS = 16_384;

  private final Vertx vertx;
  private final Map<String, HttpClient> clients = new ConcurrentHashMap<>();

  public UpstreamClient(Vertx vertx) {
    this.vertx = vertx;
  }

  /** Sends {@code request}; {@code onRequest} receives the live request so the caller can cancel it. */
  public Future<HttpClientResponse> send(UpstreamRequest request, String proxyUrl,
                                         Consumer<HttpClientRequest> onRequest) {
    HttpClient client = clients.computeIfAbsent(proxyUrl == null ? "" : proxyUrl, this::newClient);
    Address to = address(request.url());
    RequestOptions options = new RequestOptions()
        .setMethod(HttpMethod.POST)
        .setSsl(to.ssl()).setHost(to.host()).setPort(to.port()).setURI(to.uri())
        .setConnectTimeout(request.timeouts().connect().toMillis());
    if (request.timeouts().idle() != null) {
      options.setIdleTimeout(request.timeouts().idle().toMillis());
    }
    request.headers().forEach(options::putHeader);
    Promise<HttpClientResponse> promise = Promise.promise();
    client.request(options).onComplete(ar -> {
      if (ar.failed()) {
        promise.fail(network(ar.cause()));
        return;
      }
      HttpClientRequest req = ar.result();
      onRequest.accept(req);
      long timer = vertx.setTimer(request.timeouts().firstByte().toMillis(), id -> {
        if (promise.tryFail(new UpstreamFailure(new ApiError(504, ErrorType.TIMEOUT,
            "upstream sent no response within " + request.timeouts().firstByte().toSeconds() + "s"),
            FailureKind.TIMEOUT))) {
          req.reset();
        }
      });
      req.send(request.body()).onComplete(resp -> {
        vertx.cancelTimer(timer);
        if (resp.succeeded()) {
          HttpClientResponse r = resp.result().pause();
          if (!promise.tryComplete(r)) {
            req.reset();
          }
        } else {
          promise.tryFail(network(resp.cause()));
        }
      });
    });
    return promise.future();
  }

  /** Where a URL points, parsed once: every request to a provider names the same few URLs. */
  private record Address(boolean ssl, String host, int port, String uri) {}

  private static final int MAX_ADDRESSES = 1024;
  private final Map<String, Address> addresses = new ConcurrentHashMap<>();

  private Address address(String url) {
    Address a = addresses.get(url);
    if (a == null) {
      if (addresses.size() >= MAX_ADDRESSES) {
        addresses.clear();
      }
      URI u = URI.create(url);
      boolean ssl = "https".equalsIgnoreCase(u.getScheme());
      String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
      String host = u.getHost().startsWith("[") ? u.getHost().substring(1, u.getHost().length() - 1) : u.getHost();
      a = new Address(ssl, host, u.getPort() > 0 ? u.getPort() : ssl ? 443 : 80,
          u.getRawQuery() == null ? path : path + "?" + u.getRawQuery());
      addresses.put(url, a);
    }
    return a;
  }

  private HttpClient newClient(String proxyUrl) {
    HttpClientOptions options = new HttpClientOptions()
        .setKeepAlive(true)
        .setTcpNoDelay(true)
        .setDecompressionSupported(true)
        .setMaxInitialLineLength(8192);
    if (!proxyUrl.isEmpty()) {
      URI uri = URI.create(proxyUrl);
      ProxyOptions proxy = new ProxyOptions().setHost(uri.getHost())
          .setPort(uri.getPort() > 0 ? uri.getPort() : 8080)
          .setType(uri.getScheme().startsWith("socks") ? ProxyType.SOCKS5 : ProxyType.HTTP);
      if (uri.getUserInfo() != null) {
        String[] up = uri.getUserInfo().split(":", 2);
        proxy.setUsername(up[0]).setPassword(up.length > 1 ? up[1] : "");
      }
      options.setProxyOptions(proxy);
    }
    return vertx.createHttpClient(options, new PoolOptions().setHttp1MaxSize(MAX_CONNECTIONS));
  }

  private static UpstreamFailure network(Throwable cause) {
    if (cause instanceof UpstreamFailure f) {
      return f;
    }
    String msg = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    boolean timeout = cause instanceof TimeoutException
        || cause.getClass().getSimpleName().contains("Timeout");
    return new UpstreamFailure(new ApiError(timeout ? 504 : 502, timeout ? ErrorType.TIMEOUT : ErrorType.BAD_GATEWAY,
        "upstream " + (timeout ? "timed out" : "unreachable") + ": " + msg),
        timeout ? FailureKind.TIMEOUT : FailureKind.NETWORK);
  }

  public Vertx vertx() {
    return vertx;
  }

  public Future<Void> close() {
    return Future.all(clients.values().stream().map(HttpClient::close).toList()).mapEmpty();
  }
}
