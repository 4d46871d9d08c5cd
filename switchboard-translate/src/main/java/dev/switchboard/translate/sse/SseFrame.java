package dev.switchboard.translate.sse;

/**
 * One server-sent event: its {@code event} name (null when the frame had no {@code event:} line)
 * and its {@code data} (multi-line data joined with {@code \n}). Comment lines are reported as
 * frames with a null event and null data only when the parser is asked to keep them.
 */
public record SseFrame(String event, String data) {

  public static SseFrame data(String data) {
    return new SseFrame(null, data);
  }

  public boolean isDone() {
    return "[DONE]".equals(data);
  }
}
