package dev.switchboard.translate.sse;

/**
 * Writes SSE frames as text: an optional {@code event:} line, {@code data:} lines, a blank line.
 * Every line break in the data (LF, CRLF or a lone CR, all of which end a line for an SSE parser)
 * starts a new {@code data:} line, so the receiver gets the data back with {@code \n} joins and
 * nothing in it can end the frame early or inject a field; comments are split the same way.
 */
public final class SseWriter {

  private SseWriter() {}

  public static void write(StringBuilder out, String event, String data) {
    if (event != null) {
      out.append("event: ").append(event.replace('\r', ' ').replace('\n', ' ')).append('\n');
    }
    lines(out, "data: ", data == null ? "" : data);
    out.append('\n');
  }

  public static void write(StringBuilder out, SseFrame frame) {
    write(out, frame.event(), frame.data());
  }

  public static void comment(StringBuilder out, String text) {
    lines(out, ": ", text == null ? "" : text);
    out.append('\n');
  }

  /** Appends {@code text} line by line, each line prefixed and ended with LF. */
  private static void lines(StringBuilder out, String prefix, String text) {
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        out.append(prefix).append(text, start, i).append('\n');
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    out.append(prefix).append(text, start, text.length()).append('\n');
  }
}
