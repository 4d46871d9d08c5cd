package dev.switchboard.bench.load;

import java.nio.charset.StandardCharsets;

/**
 * Reads one SSE body as it arrives: counts the events that carry a {@code delta} (content chunks
 * in both OpenAI's and Anthropic's stream formats, so the two are comparable), and notices the
 * terminal marker ({@code [DONE]} or {@code message_stop}) and any {@code error} event. Events may
 * be split across reads, so the unfinished tail is carried over.
 */
final class SseTally {

  private final String marker;
  private final StringBuilder pending = new StringBuilder();
  private int deltas;
  private boolean ended;
  private boolean errored;

  SseTally(String marker) {
    this.marker = marker;
  }

  void feed(byte[] bytes) {
    pending.append(new String(bytes, StandardCharsets.UTF_8));
    int end;
    while ((end = pending.indexOf("\n\n")) >= 0) {
      inspect(pending.substring(0, end));
      pending.delete(0, end + 2);
    }
  }

  private void inspect(String event) {
    if (event.contains("\"delta\"")) {
      deltas++;
    }
    if (event.contains(marker)) {
      ended = true;
    }
    if (event.startsWith("event: error") || event.contains("\"type\":\"error\"") || event.contains("\"error\":{")) {
      errored = true;
    }
  }

  int deltas() {
    return deltas;
  }

  /** True when the stream ended with its format's terminal marker and carried no error event. */
  boolean complete() {
    return ended && !errored;
  }
}
