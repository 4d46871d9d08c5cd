package dev.switchboard.bench;

import dev.switchboard.translate.format.Format;
import dev.switchboard.translate.sse.SseFrame;
import dev.switchboard.translate.sse.SseParser;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Per-chunk stream translation, named the way the stream travels (upstream format to client
 * format): one realistic text delta frame, byte-exact as the provider sends it, through the SSE
 * parser, the upstream decoder and the client encoder to the client's bytes ({@link StreamPipeline}).
 * {@link #chatIdentity} is the same-format path: parse, decode (for usage) and re-frame.
 * {@link #sseParserOnly} is the floor: the SSE parser alone on the Chat delta frame.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class StreamChunkBenchmark {

  private StreamPipeline chatToAnthropic;
  private StreamPipeline anthropicToChat;
  private StreamPipeline geminiToChat;
  private StreamPipeline chatToResponses;
  private StreamPipeline chatIdentity;
  private byte[] chatDelta;
  private SseParser parser;
  private SseFrame lastFrame;

  /** Opens one stream per pair and checks a delta comes out carrying the text that went in. */
  @Setup
  public void setup() {
    chatToAnthropic = new StreamPipeline(Format.OPENAI_CHAT, Format.ANTHROPIC_MESSAGES,
        Fixtures.request(Format.ANTHROPIC_MESSAGES));
    anthropicToChat = new StreamPipeline(Format.ANTHROPIC_MESSAGES, Format.OPENAI_CHAT,
        Fixtures.request(Format.OPENAI_CHAT));
    geminiToChat = new StreamPipeline(Format.GEMINI, Format.OPENAI_CHAT, Fixtures.request(Format.OPENAI_CHAT));
    chatToResponses = new StreamPipeline(Format.OPENAI_CHAT, Format.OPENAI_RESPONSES,
        Fixtures.request(Format.OPENAI_RESPONSES));
    chatIdentity = new StreamPipeline(Format.OPENAI_CHAT, Format.OPENAI_CHAT, Fixtures.request(Format.OPENAI_CHAT));
    chatDelta = Fixtures.streamDelta(Format.OPENAI_CHAT);
    parser = new SseParser(frame -> lastFrame = frame);
    if (sseParserOnly() == null || !sseParserOnly().data().contains("is drier")) {
      throw new IllegalStateException("the SSE parser lost the frame");
    }
    expect(chatToAnthropic(), "event: content_block_delta", "\"text\":\" is drier\"");
    expect(anthropicToChat(), "data: {", "\"content\":\" is drier and\"");
    expect(geminiToChat(), "data: {", "\"content\":\" and clear, so it is drier for\"");
    expect(chatToResponses(), "event: response.output_text.delta", "\"delta\":\" is drier\"");
    expect(chatIdentity(), "data: {", "\"content\":\" is drier\"");
  }

  private static void expect(byte[] out, String... needles) {
    String text = new String(out, StandardCharsets.UTF_8);
    for (String n : needles) {
      if (!text.contains(n)) {
        throw new IllegalStateException("stream translation lost " + n + ": " + text);
      }
    }
  }

  @Benchmark
  public SseFrame sseParserOnly() {
    parser.feed(chatDelta);
    return lastFrame;
  }

  @Benchmark
  public byte[] chatToAnthropic() {
    return chatToAnthropic.chunk();
  }

  @Benchmark
  public byte[] anthropicToChat() {
    return anthropicToChat.chunk();
  }

  @Benchmark
  public byte[] geminiToChat() {
    return geminiToChat.chunk();
  }

  @Benchmark
  public byte[] chatToResponses() {
    return chatToResponses.chunk();
  }

  @Benchmark
  public byte[] chatIdentity() {
    return chatIdentity.chunk();
  }
}
