package dev.switchboard.translate.format.anthropic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.translate.canonical.ApiError;
import dev.switchboard.translate.canonical.ErrorType;
import dev.switchboard.translate.canonical.FinishReason;
import dev.switchboard.translate.canonical.StreamEvent;
import dev.switchboard.translate.canonical.Usage;
import dev.switchboard.translate.format.Format;
import dev.switchboard.translate.sse.SseFrame;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Streams from other formats encoded for Anthropic clients, checked frame by frame. */
class AnthropicStreamEncoderTest {

  private static List<String> frames(StreamEvent... events) {
    return Streams.frames(Streams.encode(List.of(events))).stream()
        .map(f -> f.event() + " " + f.data()).toList();
  }

  @Test
  void openAiStyleStreamBecomesBlocksOfEachKind() {
    List<String> frames = frames(
        new StreamEvent.Start("chatcmpl-1", "gpt-x", 0, null),
        new StreamEvent.ThinkingDelta("think"),
        new StreamEvent.ThinkingSignature("gemini-sig", Format.GEMINI),
        new StreamEvent.TextDelta("Hi"),
        new StreamEvent.ToolCallStart(0, "call.a", "f"),
        new StreamEvent.ToolCallStart(1, "call_b", "g"),
        new StreamEvent.ToolCallDelta(0, "{\"x\":1}"),
        new StreamEvent.ToolCallDelta(1, "{}"),
        new StreamEvent.UsageReport(new Usage(100, 20, 40, 0, 5, false)),
        new StreamEvent.Finish(FinishReason.STOP, null));
    assertThat(frames).containsExactly(
        "message_start {\"type\":\"message_start\",\"message\":{\"id\":\"msg_chatcmpl-1\",\"type\":\"message\","
            + "\"role\":\"assistant\",\"model\":\"gpt-x\",\"content\":[],\"stop_reason\":null,\"stop_sequence\":null,"
            + "\"usage\":{\"input_tokens\":0,\"cache_creation_input_tokens\":0,\"cache_read_input_tokens\":0,\"output_tokens\":0}}}",
        "content_block_start {\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"thinking\",\"thinking\":\"\",\"signature\":\"\"}}",
        "content_block_delta {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"thinking_delta\",\"thinking\":\"think\"}}",
        "content_block_stop {\"type\":\"content_block_stop\",\"index\":0}",
        "content_block_start {\"type\":\"content_block_start\",\"index\":1,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}",
        "content_block_delta {\"type\":\"content_block_delta\",\"index\":1,\"delta\":{\"type\":\"text_delta\",\"text\":\"Hi\"}}",
        "content_block_stop {\"type\":\"content_block_stop\",\"index\":1}",
        "content_block_start {\"type\":\"content_block_start\",\"index\":2,\"content_block\":{\"type\":\"tool_use\",\"id\":\"call_a\",\"name\":\"f\",\"input\":{}}}",
        "content_block_stop {\"type\":\"content_block_stop\",\"index\":2}",
        "content_block_start {\"type\":\"content_block_start\",\"index\":3,\"content_block\":{\"type\":\"tool_use\",\"id\":\"call_b\",\"name\":\"g\",\"input\":{}}}",
        "content_block_delta {\"type\":\"content_block_delta\",\"index\":2,\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":\"{\\\"x\\\":1}\"}}",
        "content_block_delta {\"type\":\"content_block_delta\",\"index\":3,\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":\"{}\"}}",
        "content_block_stop {\"type\":\"content_block_stop\",\"index\":3}",
        "message_delta {\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"tool_use\",\"stop_sequence\":null},"
            + "\"usage\":{\"input_tokens\":60,\"cache_creation_input_tokens\":0,\"cache_read_input_tokens\":40,\"output_tokens\":20}}",
        "message_stop {\"type\":\"message_stop\"}");
  }

  @Test
  void anthropicSignatureClosesItsThinkingBlockAndSignatureOnlyBlocksWork() {
    List<String> frames = frames(
        new StreamEvent.Start("msg_1", "c", 0, Usage.of(5, 0)),
        new StreamEvent.ThinkingSignature("sig-only", Format.ANTHROPIC_MESSAGES),
        new StreamEvent.ThinkingDelta("second"),
        new StreamEvent.ThinkingSignature("sig-2", Format.ANTHROPIC_MESSAGES),
        new StreamEvent.RedactedThinking("blob"),
        new StreamEvent.Finish(FinishReason.STOP, Usage.of(5, 9)));
    assertThat(frames).filteredOn(f -> f.startsWith("content_block")).containsExactly(
        "content_block_start {\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"thinking\",\"thinking\":\"\",\"signature\":\"\"}}",
        "content_block_delta {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"signature_delta\",\"signature\":\"sig-only\"}}",
        "content_block_stop {\"type\":\"content_block_stop\",\"index\":0}",
        "content_block_start {\"type\":\"content_block_start\",\"index\":1,\"content_block\":{\"type\":\"thinking\",\"thinking\":\"\",\"signature\":\"\"}}",
        "content_block_delta {\"type\":\"content_block_delta\",\"index\":1,\"delta\":{\"type\":\"thinking_delta\",\"thinking\":\"second\"}}",
        "content_block_delta {\"type\":\"content_block_delta\",\"index\":1,\"delta\":{\"type\":\"signature_delta\",\"signature\":\"sig-2\"}}",
        "content_block_stop {\"type\":\"content_block_stop\",\"index\":1}",
        "content_block_start {\"type\":\"content_block_start\",\"index\":2,\"content_block\":{\"type\":\"redacted_thinking\",\"data\":\"blob\"}}",
        "content_block_stop {\"type\":\"content_block_stop\",\"index\":2}");
    assertThat(frames.get(frames.size() - 2)).contains("\"stop_reason\":\"end_turn\"").contains("\"output_tokens\":9");
  }

  @Test
  void errorEndsTheStreamWithAnErrorEventAndNoMessageStop() {
    List<String> frames = frames(
        new StreamEvent.Start("msg_1", "c", 0, null),
        new StreamEvent.TextDelta("par"),
        new StreamEvent.Error(new ApiError(503, ErrorType.OVERLOADED, "busy")),
        new StreamEvent.TextDelta("ignored"),
        new StreamEvent.Finish(FinishReason.STOP, null));
    assertThat(frames.get(frames.size() - 1))
        .isEqualTo("error {\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"busy\"}}");
    assertThat(frames).noneMatch(f -> f.startsWith("message_stop") || f.contains("ignored"));
  }

  @Test
  void errorBeforeAnythingIsJustTheErrorEvent() {
    assertThat(frames(new StreamEvent.Error(new ApiError(429, ErrorType.RATE_LIMIT, "slow down"))))
        .containsExactly("error {\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\",\"message\":\"slow down\"}}");
  }

  @Test
  void contentWithoutStartGetsAMessageStartFirst() {
    List<String> frames = frames(new StreamEvent.TextDelta("x"), new StreamEvent.Finish(FinishReason.LENGTH, null));
    assertThat(frames.get(0)).startsWith("message_start ").contains("\"id\":\"msg_");
    assertThat(frames.get(frames.size() - 2)).contains("\"stop_reason\":\"max_tokens\"");
    assertThat(frames.get(frames.size() - 1)).isEqualTo("message_stop {\"type\":\"message_stop\"}");
  }

  @Test
  void keepaliveIsAPingEvent() {
    StringBuilder out = new StringBuilder();
    new AnthropicStreamEncoder().keepalive(out);
    assertThat(out.toString()).isEqualTo("event: ping\ndata: {\"type\": \"ping\"}\n\n");
    assertThat(Streams.frames(out.toString())).containsExactly(new SseFrame("ping", "{\"type\": \"ping\"}"));
  }

  @Test
  void argumentsForAToolThatNeverStartedAreDropped() {
    assertThat(frames(new StreamEvent.Start("m", "c", 0, null), new StreamEvent.ToolCallDelta(3, "{}")))
        .hasSize(1);
  }
}
