package dev.switchboard.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.translate.Json;

/** SSE frame text as providers write it: {@code data:} only, or {@code event:} plus {@code data:}. */
final class SseFrames {

  private SseFrames() {}

  static String data(JsonNode json) {
    return "data: " + Json.write(json) + "\n\n";
  }

  /** Gemini separates events with CRLF CRLF (wire-formats.md §5.3). */
  static String dataCrlf(JsonNode json) {
    return "data: " + Json.write(json) + "\r\n\r\n";
  }

  static String event(String name, JsonNode json) {
    return "event: " + name + "\ndata: " + Json.write(json) + "\n\n";
  }
}
