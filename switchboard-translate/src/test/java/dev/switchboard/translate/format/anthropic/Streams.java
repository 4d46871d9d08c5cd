package dev.switchboard.translate.format.anthropic;

import dev.switchboard.translate.canonical.StreamEvent;
import dev.switchboard.translate.sse.SseFrame;
import dev.switchboard.translate.sse.SseParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Test plumbing: SSE bytes through the parser and a fresh decoder, events through an encoder. */
final class Streams {

  private Streams() {}

  /** Parses {@code sse} in chunks of {@code chunk} bytes, decodes, then signals the end. */
  static List<StreamEvent> decode(byte[] sse, int chunk) {
    AnthropicStreamDecoder decoder = new AnthropicStreamDecoder();
    List<StreamEvent> events = new ArrayList<>();
    SseParser parser = new SseParser(frame -> decoder.decode(frame, events::add));
    for (int i = 0; i < sse.length; i += chunk) {
      parser.feed(sse, i, Math.min(chunk, sse.length - i));
    }
    parser.close();
    decoder.end(events::add);
    return events;
  }

  static List<StreamEvent> decode(byte[] sse) {
    return decode(sse, Math.max(1, sse.length));
  }

  static List<StreamEvent> decode(String sse) {
    return decode(sse.getBytes(StandardCharsets.UTF_8));
  }

  static String encode(List<StreamEvent> events) {
    AnthropicStreamEncoder encoder = new AnthropicStreamEncoder();
    StringBuilder out = new StringBuilder();
    for (StreamEvent e : events) {
      encoder.encode(e, out);
    }
    return out.toString();
  }

  static List<SseFrame> frames(String sse) {
    List<SseFrame> frames = new ArrayList<>();
    SseParser parser = new SseParser(frames::add);
    parser.feed(sse.getBytes(StandardCharsets.UTF_8));
    parser.close();
    return frames;
  }
}
