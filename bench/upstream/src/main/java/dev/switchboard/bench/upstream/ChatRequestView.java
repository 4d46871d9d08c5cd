package dev.switchboard.bench.upstream;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The three things the mock needs from a Chat Completions body, found with patterns rather than a
 * JSON parse so that the mock spends as little CPU as possible per request.
 */
record ChatRequestView(boolean stream, boolean includeUsage, String model) {

  private static final Pattern STREAM = Pattern.compile("\"stream\"\\s*:\\s*true");
  private static final Pattern INCLUDE_USAGE = Pattern.compile("\"include_usage\"\\s*:\\s*true");
  private static final Pattern MODEL = Pattern.compile("\"model\"\\s*:\\s*\"([^\"]*)\"");

  static ChatRequestView of(String body) {
    Matcher m = MODEL.matcher(body);
    String model = m.find() ? m.group(1) : "";
    return new ChatRequestView(STREAM.matcher(body).find(), INCLUDE_USAGE.matcher(body).find(), model);
  }
}
