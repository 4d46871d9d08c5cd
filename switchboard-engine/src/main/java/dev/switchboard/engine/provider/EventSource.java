package dev.switchboard.engine.provider;

/** A producer of stream events that honours back-pressure and can be cancelled. */
public interface EventSource {

  void pause();

  void resume();

  /** Stops producing; no further events are delivered. */
  void cancel();
}
