package dev.switchboard.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.translate.Json;
import java.util.Map;

/** A request the fake received: method, path with query, lower-cased headers, body text. */
public record RecordedRequest(String method, String uri, Map<String, String> headers, String body) {

  public JsonNode json() {
    return Json.parseOrNull(body);
  }

  public String header(String name) {
    return headers.get(name.toLowerCase(java.util.Locale.ROOT));
  }

  public String path() {
    int q = uri.indexOf('?');
    return q < 0 ? uri : uri.substring(0, q);
  }
}
