package dev.switchboard.engine.exchange;

/**
 * The client's side of a streamed answer, implemented by the HTTP layer. The engine commits the
 * stream (status 200 and SSE headers) only once the upstream produced content, so failures before
 * that can still fall back invisibly.
 */
public interface ClientChannel {

  /** Sends the status line and SSE headers. */
  void commit();

  void write(String text);

  boolean writeQueueFull();

  void drainHandler(Runnable onDrain);

  /** Called once if the client goes away before the stream ends. */
  void closeHandler(Runnable onClose);

  void end();
}
