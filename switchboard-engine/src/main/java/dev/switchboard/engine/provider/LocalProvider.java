package dev.switchboard.engine.provider;

import dev.switchboard.translate.canonical.ChatRequest;
import dev.switchboard.translate.canonical.ChatResponse;
import dev.switchboard.translate.canonical.StreamEvent;
import io.vertx.core.Future;
import java.util.function.Consumer;

/**
 * A provider answered in process through the canonical model (the mock), so every client format
 * works with it through its encoders.
 */
public interface LocalProvider extends Provider {

  /** A complete answer, or a failed future carrying an {@link UpstreamFailure}. */
  Future<ChatResponse> complete(ChatRequest request);

  /**
   * Starts a stream of events into {@code sink}; the returned source lets the caller apply
   * back-pressure and cancel. A failure before the first event is delivered as an Error event.
   */
  EventSource stream(ChatRequest request, Consumer<StreamEvent> sink);
}
