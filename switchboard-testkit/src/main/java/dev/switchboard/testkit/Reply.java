package dev.switchboard.testkit;

import java.util.List;
import java.util.Map;

/** A scripted answer of the fake upstream. */
public sealed interface Reply {

  /** A complete JSON (or any text) body with a status and extra headers, after {@code delayMs}. */
  record Body(int status, String body, Map<String, String> headers, long delayMs) implements Reply {}

  /**
   * An SSE stream: each frame is raw SSE text (e.g. {@code "data: {...}\n\n"}), written
   * {@code intervalMs} apart after {@code firstByteMs}; when {@code cutAfter} >= 0 the connection
   * is closed abruptly after that many frames.
   */
  record Stream(List<String> frames, long firstByteMs, long intervalMs, int cutAfter) implements Reply {}

  /** The connection is reset without any answer. */
  record Reset() implements Reply {}

  /** No answer at all, until the client gives up. */
  record Hang() implements Reply {}

  static Reply json(int status, String body) {
    return new Body(status, body, Map.of(), 0);
  }

  static Reply sse(List<String> frames) {
    return new Stream(frames, 0, 0, -1);
  }
}
