package dev.switchboard.translate.format;

import dev.switchboard.translate.canonical.StreamEvent;
import dev.switchboard.translate.sse.SseFrame;
import java.util.function.Consumer;

/**
 * Turns the SSE frames of one upstream stream into canonical {@link StreamEvent}s. One instance per
 * stream: it keeps explicit state (tool-call indexes, usage so far, whether the terminator came).
 */
public interface StreamDecoder {

  /** Decodes one frame, emitting zero or more events. Never throws on odd input: emits an Error. */
  void decode(SseFrame frame, Consumer<StreamEvent> out);

  /**
   * The upstream closed the stream. Emits {@link StreamEvent.Finish} if the format's terminator
   * came but no finish was emitted yet, or {@link StreamEvent.Error} if the stream ended before
   * completing (a cut connection must never look like success).
   */
  void end(Consumer<StreamEvent> out);

  /** True once the stream reached its format's normal end (or an error event). */
  boolean finished();
}
