package dev.switchboard.engine.store;

/**
 * A position in the request log, newest first: entries strictly older than (time, request id) come
 * next. Written as {@code <epoch millis>.<request id>} in {@code next_before}.
 */
public record LogCursor(long epochMillis, String requestId) {

  /** The cursor text, or null when it is not one; a bare number means "before this epoch milli". */
  public static LogCursor parse(String text) {
    int dot = text.indexOf('.');
    String millis = dot < 0 ? text : text.substring(0, dot);
    try {
      long ms = Long.parseLong(millis);
      return new LogCursor(ms, dot < 0 ? "" : text.substring(dot + 1));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  public String text() {
    return epochMillis + "." + requestId;
  }
}
