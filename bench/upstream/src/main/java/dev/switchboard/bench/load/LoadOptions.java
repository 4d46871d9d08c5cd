package dev.switchboard.bench.load;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The load client's command line, {@code --name value} pairs. Rate mode: {@code --rate} requests
 * per second for {@code --warmup} then {@code --seconds} (only the latter measured) over at most
 * {@code --connections}. Streams mode: {@code --streams} at a time, {@code --total} in all,
 * their starts spread over {@code --ramp-ms}, each complete when its body holds {@code --marker}.
 * {@code --max-seconds} bounds every run.
 */
record LoadOptions(Mode mode, URI url, String bodyFile, List<String> headers, Map<String, String> values,
                   String marker) {

  static LoadOptions parse(String[] args) {
    Map<String, String> values = new HashMap<>();
    List<String> headers = new ArrayList<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --name value, got " + args[i]);
      }
      String name = args[i].substring(2);
      if ("header".equals(name)) {
        headers.add(args[i + 1]);
      } else {
        values.put(name, args[i + 1]);
      }
    }
    Mode mode = Mode.valueOf(require(values, "mode").toUpperCase(java.util.Locale.ROOT));
    URI url = URI.create(require(values, "url"));
    String body = require(values, "body");
    String marker = values.getOrDefault("marker", "[DONE]");
    return new LoadOptions(mode, url, body, List.copyOf(headers), Map.copyOf(values), marker);
  }

  long number(String name, long fallback) {
    String v = values.get(name);
    return v == null ? fallback : Long.parseLong(v);
  }

  String text(String name, String fallback) {
    return values.getOrDefault(name, fallback);
  }

  private static String require(Map<String, String> values, String name) {
    String v = values.get(name);
    if (v == null) {
      throw new IllegalArgumentException("missing --" + name);
    }
    return v;
  }
}
