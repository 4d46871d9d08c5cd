package dev.switchboard.engine.upstream;

import dev.switchboard.engine.config.TimeoutsConfig;
import io.vertx.core.buffer.Buffer;
import java.util.Map;

/** One upstream HTTP call: POST {@code url} with {@code headers} and a JSON {@code body}. */
public record UpstreamRequest(String url, Map<String, String> headers, Buffer body, TimeoutsConfig timeouts) {

  @Override
  public String toString() {
    return "UpstreamRequest[" + url + "]";
  }
}
