package dev.switchboard.bench;

import dev.switchboard.translate.Translators;
import dev.switchboard.translate.canonical.ChatRequest;
import dev.switchboard.translate.canonical.StreamEvent;
import dev.switchboard.translate.format.Format;
import dev.switchboard.translate.format.StreamDecoder;
import dev.switchboard.translate.format.StreamEncoder;
import dev.switchboard.translate.sse.SseFrame;
import dev.switchboard.translate.sse.SseParser;
import dev.switchboard.translate.sse.SseWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The per-chunk work of one streamed exchange, as {@code HttpStream} and {@code StreamPump} do it
 * without the sockets: upstream bytes go through {@link SseParser}, the upstream format's
 * {@link StreamDecoder} and the client format's {@link StreamEncoder} (or, when both formats are
 * the same, are decoded for usage and re-framed unchanged by {@link SseWriter}), and the client's
 * text is encoded to UTF-8 bytes as Vert.x does on write.
 *
 * <p>{@link #chunk} feeds one text delta frame into an opened stream. Encoders keep per-stream
 * state that grows with the text (the Responses encoder keeps the text for its {@code done}
 * events), so a fresh stream is opened every {@value #CHUNKS_PER_STREAM} chunks; the opening is
 * thereby included, amortised over that many chunks.
 */
public final class StreamPipeline {

  static final int CHUNKS_PER_STREAM = 1000;

  private final Format upstream;
  private final Format client;
  private final ChatRequest request;
  private final byte[] opening;
  private final byte[] delta;
  private SseParser parser;
  private StreamDecoder decoder;
  private StreamEncoder encoder;
  private StringBuilder out;
  private int chunks;

  /** A pipeline from an {@code upstream} stream to a {@code client} of the request {@code request}. */
  public StreamPipeline(Format upstream, Format client, ChatRequest request) {
    this.upstream = upstream;
    this.client = client;
    this.request = request;
    this.opening = Fixtures.streamOpening(upstream);
    this.delta = Fixtures.streamDelta(upstream);
    open();
  }

  /** Carries one upstream text delta frame to the client; returns the bytes written to the client. */
  public byte[] chunk() {
    if (++chunks > CHUNKS_PER_STREAM) {
      open();
      chunks = 1;
    }
    out = new StringBuilder();
    parser.feed(delta);
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private void open() {
    decoder = Translators.codecs(upstream).streamDecoders().apply(request);
    encoder = Translators.codecs(client).streamEncoders().apply(request);
    parser = new SseParser(this::frame);
    out = new StringBuilder();
    parser.feed(opening);
  }

  private void frame(SseFrame frame) {
    List<StreamEvent> events = new ArrayList<>(2);
    decoder.decode(frame, events::add);
    if (upstream == client) {
      SseWriter.write(out, frame);
      return;
    }
    for (StreamEvent e : events) {
      encoder.encode(e, out);
    }
  }
}
