package dev.switchboard.bench;

import dev.switchboard.translate.Json;
import dev.switchboard.translate.format.Format;
import java.io.IOException;
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
 * Request translation of the main pairs, named the way the request travels (client format to
 * upstream format), from the client's JSON bytes to the upstream's JSON bytes. The fixture is the
 * same conversation in each client format (about 2.3 KB). {@link #jsonOnly} is the floor: Jackson
 * parsing and serialising the Chat body with no translation at all.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RequestTranslationBenchmark {

  private byte[] chatBody;
  private byte[] anthropicBody;
  private byte[] responsesBody;
  private final RequestPath chatToAnthropic = new RequestPath(Format.OPENAI_CHAT, Format.ANTHROPIC_MESSAGES, "claude-sonnet-4-5");
  private final RequestPath anthropicToChat = new RequestPath(Format.ANTHROPIC_MESSAGES, Format.OPENAI_CHAT, "gpt-4o");
  private final RequestPath chatToGemini = new RequestPath(Format.OPENAI_CHAT, Format.GEMINI, "gemini-2.5-flash");
  private final RequestPath responsesToChat = new RequestPath(Format.OPENAI_RESPONSES, Format.OPENAI_CHAT, "gpt-4o");
  private final RequestPath chatIdentity = new RequestPath(Format.OPENAI_CHAT, Format.OPENAI_CHAT, "gpt-4o-2024-08-06");

  /** Loads the bodies and checks each path really translates (a benchmark of a failure is worthless). */
  @Setup
  public void setup() throws IOException {
    chatBody = Fixtures.requestBytes(Format.OPENAI_CHAT);
    anthropicBody = Fixtures.requestBytes(Format.ANTHROPIC_MESSAGES);
    responsesBody = Fixtures.requestBytes(Format.OPENAI_RESPONSES);
    expect(chatToAnthropic(), "\"tool_result\"", "\"tool_use_id\":\"call_M2vX8dR4\"");
    expect(anthropicToChat(), "\"tool_call_id\":\"call_M2vX8dR4\"", "\"role\":\"system\"");
    expect(chatToGemini(), "\"functionResponse\"", "\"systemInstruction\"");
    expect(responsesToChat(), "\"tool_call_id\":\"call_M2vX8dR4\"", "\"role\":\"system\"");
    expect(chatIdentity(), "\"model\":\"gpt-4o-2024-08-06\"", "\"parallel_tool_calls\":true");
  }

  private static void expect(byte[] out, String... needles) {
    String text = new String(out, StandardCharsets.UTF_8);
    for (String n : needles) {
      if (!text.contains(n)) {
        throw new IllegalStateException("translation lost " + n + ": " + text);
      }
    }
  }

  @Benchmark
  public byte[] jsonOnly() throws IOException {
    return Json.writeBytes(Json.parse(chatBody));
  }

  @Benchmark
  public byte[] chatToAnthropic() throws IOException {
    return chatToAnthropic.translate(chatBody);
  }

  @Benchmark
  public byte[] anthropicToChat() throws IOException {
    return anthropicToChat.translate(anthropicBody);
  }

  @Benchmark
  public byte[] chatToGemini() throws IOException {
    return chatToGemini.translate(chatBody);
  }

  @Benchmark
  public byte[] responsesToChat() throws IOException {
    return responsesToChat.translate(responsesBody);
  }

  @Benchmark
  public byte[] chatIdentity() throws IOException {
    return chatIdentity.translate(chatBody);
  }
}
