package dev.switchboard.translate.format.openai.responses;

import dev.switchboard.translate.canonical.ChatRequest;
import dev.switchboard.translate.canonical.StreamEvent;
import dev.switchboard.translate.sse.SseFrame;
import dev.switchboard.translate.sse.SseParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Test plumbing for streams: SSE bytes to frames, frames through the decoder, events through the encoder. */
final class StreamFrames {

  private StreamFrames() {}

  /** Parses SSE bytes fed in small chunks, as they would arrive from the network. */
  static List<SseFrame> parse(byte[] sse) {
    List<SseFrame> frames = new ArrayList<>();
    SseParser parser = new SseParser(frames::add);
    for (int i = 0; i < sse.length; i += 7) {
      parser.feed(sse, i, Math.min(7, sse.length - i));
    }
    parser.close();
    return frames;
  }

  static List<SseFrame> parse(String sse) {
    return parse(sse.getBytes(StandardCharsets.UTF_8));
  }

  /** Decodes a whole upstream stream, including the end of the connection. */
  static List<StreamEvent> decode(byte[] sse) {
    List<StreamEvent> events = new ArrayList<>();
    ResponsesStreamDecoder decoder = new ResponsesStreamDecoder();
    for (SseFrame f : parse(sse)) {
      decoder.decode(f, events::add);
    }
    decoder.end(events::add);
    return events;
  }

  static String encode(List<StreamEvent> events, ChatRequest request) {
    ResponsesStreamEncoder encoder = new ResponsesStreamEncoder(request);
    StringBuilder out = new StringBuilder();
    events.forEach(e -> encoder.encode(e, out));
    return out.toString();
  }
}
