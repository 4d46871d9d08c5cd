package dev.switchboard.translate.format;

import dev.switchboard.translate.canonical.StreamEvent;

/**
 * Turns canonical {@link StreamEvent}s into the SSE text of one client format. One instance per
 * stream, with explicit state (open blocks, sequence numbers, tool indexes). {@link StreamEvent.Finish}
 * produces the format's terminator; {@link StreamEvent.Error} produces an error event the format's
 * official SDK raises, never a clean terminator.
 */
public interface StreamEncoder {

  /** Appends the SSE text for {@code event} (possibly nothing) to {@code out}. */
  void encode(StreamEvent event, StringBuilder out);

  /** Appends a keepalive the client's SDK tolerates, or nothing when it tolerates none (Gemini). */
  void keepalive(StringBuilder out);
}
