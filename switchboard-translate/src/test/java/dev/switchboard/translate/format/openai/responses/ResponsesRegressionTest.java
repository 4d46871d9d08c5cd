package dev.switchboard.translate.format.openai.responses;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.ChatRequest;
import dev.switchboard.translate.canonical.ChatResponse;
import dev.switchboard.translate.canonical.FinishReason;
import dev.switchboard.translate.canonical.Message;
import dev.switchboard.translate.canonical.Part;
import dev.switchboard.translate.canonical.Role;
import dev.switchboard.translate.canonical.StreamEvent;
import dev.switchboard.translate.canonical.Usage;
import dev.switchboard.translate.format.Format;
import dev.switchboard.translate.sse.SseFrame;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per known translation bug of wire-formats.md §14 that applies to this format. */
class ResponsesRegressionTest {

  private static final StreamEvent START = new StreamEvent.Start("resp_r", "m", 1, null);

  private static JsonNode last(String sse) {
    List<SseFrame> frames = StreamFrames.parse(sse);
    return Json.parseOrNull(frames.get(frames.size() - 1).data());
  }

  // §14 #3 BerriAI/litellm#26916: Anthropic thinking replayed to Responses as visible output_text.
  @Test
  void anthropicThinkingIsNeverReplayedAsVisibleText() {
    ChatRequest r = ResponsesRequestEncoderTest.request(List.of(Message.text(Role.USER, "q"),
        new Message(Role.ASSISTANT, List.of(
            new Part.Thinking("secret chain of thought", "sig", Format.ANTHROPIC_MESSAGES, null),
            new Part.Thinking(null, null, Format.ANTHROPIC_MESSAGES, "redacted-blob"),
            new Part.Text("visible answer"))),
        Message.text(Role.USER, "next")));

    JsonNode body = new ResponsesRequestEncoder().encode(r);

    assertThat(body.toString()).doesNotContain("secret chain of thought", "redacted-blob", "\"sig\"");
    assertThat(body.get("input").get(1).get("content").asText()).isEqualTo("visible answer");
    assertThat(body.has("include")).isFalse();
  }

  // §14 #6/#7 BerriAI/litellm#16188, PR #11558, and #13 Portkey-AI/gateway#1275: parallel calls
  // must keep distinct indexes, numbered in start order.
  @Test
  void parallelCallsGetDistinctIndexesInStartOrder() {
    List<StreamEvent> events = StreamFrames.decode(FixtureCases.bytes("stream-parallel-calls", "stream.sse"));

    assertThat(events).filteredOn(e -> e instanceof StreamEvent.ToolCallStart)
        .extracting(e -> ((StreamEvent.ToolCallStart) e).index()).containsExactly(0, 1);
    assertThat(events).filteredOn(e -> e instanceof StreamEvent.ToolCallDelta)
        .extracting(e -> ((StreamEvent.ToolCallDelta) e).index()).containsExactly(0, 0, 1);
    String sse = StreamFrames.encode(events, null);
    JsonNode output = last(sse).get("response").get("output");
    assertThat(output.get(0).get("arguments").asText()).isEqualTo("{\"city\":\"Oslo\"}");
    assertThat(output.get(1).get("arguments").asText()).isEqualTo("{\"tz\":\"CET\"}");
  }

  // §14 #8 BerriAI/litellm#10768 and #10 QuantumNous/new-api PR #1761: a token-limit stop must
  // surface as the target's length signal, here status incomplete / max_output_tokens.
  @Test
  void lengthStopIsIncompleteWithMaxOutputTokens() {
    JsonNode r = new ResponsesResponseEncoder().encode(new ChatResponse(
        "x", "m", 1, List.of(new Part.Text("trunc")), FinishReason.LENGTH, null));

    assertThat(r.get("status").asText()).isEqualTo("incomplete");
    assertThat(r.get("incomplete_details").get("reason").asText()).isEqualTo("max_output_tokens");
  }

  // §14 #9 BerriAI/litellm#9812: cache writes counted twice.
  @Test
  void cacheTokensAreNotAddedToInputTwice() {
    JsonNode usage = ResponsesUsage.encode(new Usage(100, 10, 30, 20, 0, false));

    assertThat(usage.get("input_tokens").asLong()).isEqualTo(100);
    assertThat(usage.get("total_tokens").asLong()).isEqualTo(110);
    assertThat(ResponsesUsage.decode(usage)).isEqualTo(new Usage(100, 10, 30, 20, 0, false));
  }

  // §14 #11 QuantumNous/new-api PR #5345: the stream must still end properly when no usage came.
  @Test
  void streamEndsWithATerminalEventEvenWithoutUsage() {
    JsonNode terminal = last(StreamFrames.encode(List.of(START, new StreamEvent.TextDelta("x"),
        new StreamEvent.Finish(FinishReason.STOP, null)), null));

    assertThat(terminal.get("type").asText()).isEqualTo("response.completed");
    assertThat(terminal.get("response").get("output")).hasSize(1);
  }

  // §14 #15 Portkey-AI/gateway#496: final usage must include the prompt tokens reported early.
  @Test
  void finalUsageKeepsInputTokensReportedAtStart() {
    JsonNode usage = last(StreamFrames.encode(List.of(new StreamEvent.Start("msg_1", "m", 1, Usage.of(42, 0)),
        new StreamEvent.TextDelta("x"), new StreamEvent.Finish(FinishReason.STOP, Usage.of(0, 7))), null))
        .get("response").get("usage");

    assertThat(usage.get("input_tokens").asLong()).isEqualTo(42);
    assertThat(usage.get("output_tokens").asLong()).isEqualTo(7);
    assertThat(usage.get("total_tokens").asLong()).isEqualTo(49);
  }

  // §14 #18 su-kaka/gcli2api PR #407, #19 higress PR #3506, #20 openclaw#97994: a stream that
  // ends with a terminator but no finish (here a compat upstream's [DONE]) still reports its
  // tool calls; a completed response with function_call items is TOOL_CALLS.
  @Test
  void finishIsInferredAsToolCallsWhenCallsWereSeen() {
    ResponsesStreamDecoder decoder = new ResponsesStreamDecoder();
    List<StreamEvent> events = new ArrayList<>();
    decoder.decode(new SseFrame("response.output_item.added", "{\"type\":\"response.output_item.added\","
        + "\"output_index\":0,\"item\":{\"id\":\"fc_1\",\"type\":\"function_call\",\"call_id\":\"c1\",\"name\":\"f\"}}"),
        events::add);
    decoder.decode(SseFrame.data("[DONE]"), events::add);
    decoder.end(events::add);

    assertThat(events).last().isInstanceOfSatisfying(StreamEvent.Finish.class,
        f -> assertThat(f.reason()).isEqualTo(FinishReason.TOOL_CALLS));
    assertThat(events).noneMatch(e -> e instanceof StreamEvent.Error);
  }
}
