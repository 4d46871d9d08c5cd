package dev.switchboard.server.matrix;

import java.util.List;

/**
 * What a client's SDK made of an answer: text, reasoning text, tool calls, the finish reason
 * normalised across formats, and the token counts ({@code outputTokens} including reasoning).
 * {@code turn} is the SDK's own object for the assistant turn, replayed in a tool round trip.
 */
record Seen(String text, String thinking, List<SeenCall> calls, Finish finish, long inputTokens,
            long outputTokens, Object turn) {

  /** The finish reason in the client's format, normalised. */
  enum Finish {
    STOP,
    TOOL_CALLS,
    OTHER
  }
}
