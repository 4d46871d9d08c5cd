package dev.switchboard.translate.sse;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Incremental SSE parser (the WHATWG event-stream rules): feed it bytes as they arrive, in any
 * split, and it emits a {@link SseFrame} per blank-line-terminated event. Handles LF, CRLF and CR
 * line ends, multi-line {@code data:}, and skips comments, {@code id:} and {@code retry:} lines.
 * Lines are decoded as UTF-8 only when complete, so a split multi-byte character is safe. A byte
 * order mark at the start of the stream is dropped. An event larger than {@link #MAX_EVENT_BYTES}
 * raises {@link SseOverflowException}, so a hostile or broken upstream cannot grow memory without
 * bound.
 */
public final class SseParser {

  /** The largest event (all of its lines) the parser accepts: 16 MiB, far above any real chunk. */
  public static final int MAX_EVENT_BYTES = 16 * 1024 * 1024;

  private final Consumer<SseFrame> sink;
  private long eventBytes;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);
  private String event;
  private StringBuilder data;
  private boolean lastWasCr;
  private boolean atStreamStart = true;

  public SseParser(Consumer<SseFrame> sink) {
    this.sink = sink;
  }

  public void feed(byte[] bytes) {
    feed(bytes, 0, bytes.length);
  }

  public void feed(byte[] bytes, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      byte b = bytes[i];
      if (b == '\n') {
        if (lastWasCr) {
          lastWasCr = false;
          continue;
        }
        endLine();
      } else if (b == '\r') {
        lastWasCr = true;
        endLine();
        continue;
      } else {
        line.write(b);
        if (++eventBytes > MAX_EVENT_BYTES) {
          throw new SseOverflowException(MAX_EVENT_BYTES);
        }
      }
      lastWasCr = false;
    }
  }

  /** Dispatches a pending event that was not followed by a blank line (stream closed). */
  public void close() {
    if (line.size() > 0) {
      endLine();
    }
    dispatch();
  }

  private void endLine() {
    String text = line.toString(StandardCharsets.UTF_8);
    line.reset();
    // WHATWG event-stream rules: one leading U+FEFF (byte order mark) at the start of the stream
    // is dropped, else the first field name would not match.
    if (atStreamStart && text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    atStreamStart = false;
    if (text.isEmpty()) {
      dispatch();
      return;
    }
    if (text.charAt(0) == ':') {
      return;
    }
    int colon = text.indexOf(':');
    String field = colon < 0 ? text : text.substring(0, colon);
    String value = colon < 0 ? "" : text.substring(colon + 1);
    if (value.startsWith(" ")) {
      value = value.substring(1);
    }
    if (field.equals("data")) {
      if (data == null) {
        data = new StringBuilder(value);
      } else {
        data.append('\n').append(value);
      }
    } else if (field.equals("event")) {
      event = value;
    }
  }

  private void dispatch() {
    if (data != null) {
      sink.accept(new SseFrame(event, data.toString()));
    } else if (event != null) {
      sink.accept(new SseFrame(event, ""));
    }
    event = null;
    data = null;
    eventBytes = 0;
  }
}
