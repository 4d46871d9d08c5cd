package dev.switchboard.translate.sse;

/** An SSE event grew past the parser's limit: the stream is broken or hostile and must be abandoned. */
public final class SseOverflowException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public SseOverflowException(int limit) {
    super("an event of the stream is larger than " + limit + " bytes", null, false, false);
  }
}
