package dev.switchboard.translate.format.openai.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.ApiError;
import dev.switchboard.translate.canonical.ErrorType;
import dev.switchboard.translate.canonical.FinishReason;
import dev.switchboard.translate.canonical.StreamEvent;
import dev.switchboard.translate.canonical.StreamMode;
import dev.switchboard.translate.canonical.Usage;
import dev.switchboard.translate.format.Format;
import dev.switchboard.translate.sse.SseFrame;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Encoder output is re-parsed with the SSE parser and checked frame by frame. */
class OpenAiChatStreamEncoderTest {

  private static final List<StreamEvent> TOOL_STREAM = List.of(
      new StreamEvent.Start("chatcmpl-x", "gpt", 1767225600, Usage.of(50, 0)),
      new StreamEvent.ThinkingDelta("hmm"),
      new StreamEvent.ThinkingSignature("sig", Format.ANTHROPIC_MESSAGES),
      new StreamEvent.TextDelta("Checking."),
      new StreamEvent.ToolCallStart(0, "c0", "f", "gsig", Format.GEMINI),
      new StreamEvent.ToolCallDelta(0, "{\"a\":"),
      new StreamEvent.ToolCallDelta(0, "1}"),
      new StreamEvent.ToolCallStart(1, "c1", "g"),
      new StreamEvent.ToolCallDelta(1, "{}"),
      new StreamEvent.UsageReport(new Usage(0, 30, 0, 0, 10, false)),
      new StreamEvent.Finish(FinishReason.TOOL_CALLS, null));

  static String encode(StreamMode mode, List<StreamEvent> events) {
    OpenAiChatStreamEncoder encoder = new OpenAiChatStreamEncoder(mode);
    StringBuilder out = new StringBuilder();
    events.forEach(e -> encoder.encode(e, out));
    return out.toString();
  }

  static List<SseFrame> frames(String sse) {
    return Fixtures.frames(sse.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void writesTheOpenAiChunkSequence() {
    List<SseFrame> frames = frames(encode(StreamMode.ON_WITH_USAGE, TOOL_STREAM));
    assertThat(frames).allMatch(f -> f.event() == null);
    assertThat(frames.get(frames.size() - 1).isDone()).isTrue();
    List<JsonNode> chunks = frames.subList(0, frames.size() - 1).stream()
        .map(f -> Json.parseOrNull(f.data())).toList();
    assertThat(chunks).allSatisfy(c -> {
      assertThat(c.get("id").asText()).isEqualTo("chatcmpl-x");
      assertThat(c.get("created").asLong()).isEqualTo(1767225600);
      assertThat(c.get("object").asText()).isEqualTo("chat.completion.chunk");
      assertThat(c.get("model").asText()).isEqualTo("gpt");
    });
    assertThat(chunks.get(0).at("/choices/0/delta").toString())
        .isEqualTo("{\"role\":\"assistant\",\"content\":\"\"}");
    assertThat(chunks.get(1).at("/choices/0/delta/reasoning_content").asText()).isEqualTo("hmm");
    assertThat(chunks.get(2).at("/choices/0/delta/thinking_blocks/0/signature").asText())
        .isEqualTo("sig");
    assertThat(chunks.get(3).at("/choices/0/delta/content").asText()).isEqualTo("Checking.");
    JsonNode start0 = chunks.get(4).at("/choices/0/delta/tool_calls/0");
    assertThat(start0.get("index").asInt()).isZero();
    assertThat(start0.get("id").asText()).isEqualTo("c0");
    assertThat(start0.at("/function/name").asText()).isEqualTo("f");
    assertThat(start0.at("/function/arguments").asText()).isEmpty();
    assertThat(start0.at("/extra_content/google/thought_signature").asText()).isEqualTo("gsig");
    assertThat(chunks.get(5).at("/choices/0/delta/tool_calls/0/function/arguments").asText())
        .isEqualTo("{\"a\":");
    assertThat(chunks.get(7).at("/choices/0/delta/tool_calls/0/index").asInt()).isEqualTo(1);
    JsonNode finish = chunks.get(9);
    assertThat(finish.at("/choices/0/finish_reason").asText()).isEqualTo("tool_calls");
    assertThat(finish.at("/choices/0/delta").size()).isZero();
    JsonNode usage = chunks.get(10);
    assertThat(usage.get("choices")).isEmpty();
    assertThat(usage.at("/usage/prompt_tokens").asLong()).isEqualTo(50);
    assertThat(usage.at("/usage/completion_tokens").asLong()).isEqualTo(30);
    assertThat(usage.at("/usage/completion_tokens_details/reasoning_tokens").asLong())
        .isEqualTo(10);
    assertThat(chunks).hasSize(11);
  }

  @Test
  void sendsTheUsageChunkOnlyWhenAsked() {
    List<SseFrame> frames = frames(encode(StreamMode.ON, TOOL_STREAM));
    assertThat(frames).noneMatch(f -> f.data().contains("\"usage\""));
    assertThat(frames.get(frames.size() - 1).isDone()).isTrue();
    assertThat(Json.parseOrNull(frames.get(frames.size() - 2).data())
        .at("/choices/0/finish_reason").asText()).isEqualTo("tool_calls");
  }

  @Test
  void errorEndsTheStreamWithAnErrorEventAndNoDone() {
    String sse = encode(StreamMode.ON_WITH_USAGE, List.of(
        new StreamEvent.Start("id", "m", 1, null),
        new StreamEvent.TextDelta("par"),
        new StreamEvent.Error(new ApiError(503, ErrorType.OVERLOADED, "Overloaded")),
        new StreamEvent.TextDelta("late"),
        new StreamEvent.Finish(FinishReason.STOP, null)));
    List<SseFrame> frames = frames(sse);
    assertThat(frames).hasSize(3);
    JsonNode error = Json.parseOrNull(frames.get(2).data()).get("error");
    assertThat(error.get("message").asText()).isEqualTo("Overloaded");
    assertThat(error.get("type").asText()).isEqualTo("server_error");
    assertThat(error.has("param") && error.has("code")).isTrue();
    assertThat(sse).doesNotContain("[DONE]").doesNotContain("late");
  }

  @Test
  void keepaliveIsAnSseCommentTheParserSkips() {
    OpenAiChatStreamEncoder encoder = new OpenAiChatStreamEncoder(StreamMode.ON);
    StringBuilder out = new StringBuilder();
    encoder.keepalive(out);
    assertThat(out.toString()).isEqualTo(": keepalive\n\n");
    assertThat(frames(out.toString())).isEmpty();
  }

  @Test
  void synthesizesAStartWhenTheFirstEventIsADelta() {
    List<SseFrame> frames = frames(encode(StreamMode.ON, List.of(
        new StreamEvent.TextDelta("x"), new StreamEvent.Finish(FinishReason.LENGTH, null))));
    JsonNode first = Json.parseOrNull(frames.get(0).data());
    assertThat(first.at("/choices/0/delta/role").asText()).isEqualTo("assistant");
    assertThat(first.get("id").asText()).startsWith("chatcmpl-");
    assertThat(Json.parseOrNull(frames.get(2).data()).at("/choices/0/finish_reason").asText())
        .isEqualTo("length");
  }
}
