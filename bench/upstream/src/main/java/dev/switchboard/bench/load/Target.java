package dev.switchboard.bench.load;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import java.net.URI;
import java.util.List;

/**
 * What every request of a run sends: a POST of the same body to the same URL with the same
 * headers ({@code "name: value"}). Connect and idle timeouts are long because a refused or stalled
 * connection must show up as an error in the figures, not as a client-side cut.
 */
record Target(URI url, Buffer body, List<String> headers) {

  private static final long CONNECT_TIMEOUT_MS = 60_000;

  RequestOptions requestOptions() {
    RequestOptions o = new RequestOptions()
        .setMethod(HttpMethod.POST)
        .setAbsoluteURI(url.toString())
        .setConnectTimeout(CONNECT_TIMEOUT_MS)
        .putHeader("content-type", "application/json");
    for (String h : headers) {
      int colon = h.indexOf(':');
      o.putHeader(h.substring(0, colon).trim(), h.substring(colon + 1).trim());
    }
    return o;
  }
}
