package dev.switchboard.translate.sse;

/** Writes SSE frames as text: an optional {@code event:} line, {@code data:} lines, a blank line. */
public final class SseWriter {

  private SseWriter() {}

  public static void write(StringBuilder out, String event, String data) {
    if (event != null) {
      out.append("event: ").append(event).append('\n');
    }
    int start = 0;
    int nl;
    while ((nl = data.indexOf('\n', start)) >= 0) {
      out.append("data: ").append(data, start, nl).append('\n');
      start = nl + 1;
    }
    out.append("data: ").append(data, start, data.length()).append("\n\n");
  }

  public static void write(StringBuilder out, SseFrame frame) {
    write(out, frame.event(), frame.data());
  }

  public static void comment(StringBuilder out, String text) {
    out.append(": ").append(text).append("\n\n");
  }
}
