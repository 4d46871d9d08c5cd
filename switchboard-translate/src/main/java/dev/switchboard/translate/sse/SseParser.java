package dev.switchboard.translate.sse;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Incremental SSE parser (the WHATWG event-stream rules): feed it bytes as they arrive, in any
 * split, and it emits a {@link SseFrame} per blank-line-terminated event. Handles LF, CRLF and CR
 * line ends, multi-line {@code data:}, and skips comments, {@code id:} and {@code retry:} lines.
 * Lines are decoded as UTF-8 only when complete, so a split multi-byte character is safe. A byte
 * order mark at the start of the stream is dropped. An event larger than {@link #MAX_EVENT_BYTES}
 * raises {@link SseOverflowException}, so a hostile or broken upstream cannot grow memory without
 * bound.
 *
 * <p>Runs once per upstream chunk on the event loop, so the bytes between line ends are copied in
 * bulk into a plain buffer (no per-byte call into a synchronized stream), and a field's value is
 * decoded once, straight from those bytes.
 */
public final class SseParser {

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final byte[] DATA = "data".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] EVENT = "event".getBytes(StandardCharsets.US_ASCII);

  /** The largest event (all of its lines) the parser accepts: 16 MiB, far above any real chunk. */
  public static final int MAX_EVENT_BYTES = 16 * 1024 * 1024;

  private final Consumer<SseFrame> sink;
  private long eventBytes;
  private byte[] line = new byte[256];
  private int lineLength;
  private String event;
  /** The first data line of the pending event; {@code more} joins further lines, if any. */
  private String data;
  private StringBuilder more;
  private boolean lastWasCr;
  private boolean atStreamStart = true;

  public SseParser(Consumer<SseFrame> sink) {
    this.sink = sink;
  }

  public void feed(byte[] bytes) {
    feed(bytes, 0, bytes.length);
  }

  public void feed(byte[] bytes, int offset, int length) {
    int end = offset + length;
    int i = offset;
    while (i < end) {
      byte b = bytes[i];
      if (b == '\n') {
        if (!lastWasCr) {
          endLine();
        }
        lastWasCr = false;
        i++;
      } else if (b == '\r') {
        lastWasCr = true;
        endLine();
        i++;
      } else {
        int stop = i + 1;
        while (stop < end && bytes[stop] != '\n' && bytes[stop] != '\r') {
          stop++;
        }
        eventBytes += stop - i;
        if (eventBytes > MAX_EVENT_BYTES) {
          throw new SseOverflowException(MAX_EVENT_BYTES);
        }
        append(bytes, i, stop - i);
        lastWasCr = false;
        i = stop;
      }
    }
  }

  private void append(byte[] bytes, int offset, int length) {
    if (lineLength + length > line.length) {
      line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + length));
    }
    System.arraycopy(bytes, offset, line, lineLength, length);
    lineLength += length;
  }

  /** Dispatches a pending event that was not followed by a blank line (stream closed). */
  public void close() {
    if (lineLength > 0) {
      endLine();
    }
    dispatch();
  }

  private void endLine() {
    int from = 0;
    // WHATWG event-stream rules: one leading U+FEFF (byte order mark, EF BB BF in UTF-8) at the
    // start of the stream is dropped, else the first field name would not match.
    if (atStreamStart && startsWith(BOM)) {
      from = BOM.length;
    }
    atStreamStart = false;
    int length = lineLength;
    lineLength = 0;
    if (from == length) {
      dispatch();
      return;
    }
    if (line[from] == ':') {
      return;
    }
    // ':' is ASCII and never part of a multi-byte UTF-8 sequence, so the bytes can be split on it.
    int colon = from;
    while (colon < length && line[colon] != ':') {
      colon++;
    }
    int valueFrom = Math.min(colon + 1, length);
    if (valueFrom < length && line[valueFrom] == ' ') {
      valueFrom++;
    }
    if (isField(DATA, from, colon)) {
      String value = new String(line, valueFrom, length - valueFrom, StandardCharsets.UTF_8);
      if (data == null) {
        data = value;
      } else {
        more = (more == null ? new StringBuilder(data) : more).append('\n').append(value);
      }
    } else if (isField(EVENT, from, colon)) {
      event = new String(line, valueFrom, length - valueFrom, StandardCharsets.UTF_8);
    }
  }

  private boolean startsWith(byte[] prefix) {
    return lineLength >= prefix.length && Arrays.equals(line, 0, prefix.length, prefix, 0, prefix.length);
  }

  private boolean isField(byte[] name, int from, int to) {
    return to - from == name.length && Arrays.equals(line, from, to, name, 0, name.length);
  }

  private void dispatch() {
    if (data != null) {
      sink.accept(new SseFrame(event, more == null ? data : more.toString()));
    } else if (event != null) {
      sink.accept(new SseFrame(event, ""));
    }
    event = null;
    data = null;
    more = null;
    eventBytes = 0;
  }
}
