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

  /** The path without query; for requests sent through the fake as a forward proxy, without scheme and host. */
  public String path() {
    String u = uri;
    if (u.startsWith("http://") || u.startsWith("https://")) {
      int slash = u.indexOf('/', u.indexOf("//") + 2);
      u = slash < 0 ? "/" : u.substring(slash);
    }
    int q = u.indexOf('?');
    return q < 0 ? u : u.substring(0, q);
  }
}
