package dev.switchboard.translate.format.openai.responses;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.ApiError;
import dev.switchboard.translate.canonical.ChatRequest;
import dev.switchboard.translate.canonical.ErrorType;
import dev.switchboard.translate.canonical.FinishReason;
import dev.switchboard.translate.canonical.Message;
import dev.switchboard.translate.canonical.Role;
import dev.switchboard.translate.canonical.Sampling;
import dev.switchboard.translate.canonical.StreamEvent;
import dev.switchboard.translate.canonical.Tool;
import dev.switchboard.translate.canonical.Usage;
import dev.switchboard.translate.format.Format;
import dev.switchboard.translate.sse.SseFrame;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResponsesStreamEncoderTest {

  private static final StreamEvent START = new StreamEvent.Start("msg_01abc", "claude-sonnet", 1767225600, null);

  private static List<SseFrame> frames(List<StreamEvent> events) {
    return StreamFrames.parse(StreamFrames.encode(events, null));
  }

  private static JsonNode data(SseFrame f) {
    return Json.parseOrNull(f.data());
  }

  private static List<String> types(List<SseFrame> frames) {
    return frames.stream().map(SseFrame::event).toList();
  }

  @Test
  void errorRaisesInTheSdkAndNeverLooksLikeSuccess() {
    List<SseFrame> frames = frames(List.of(START, new StreamEvent.TextDelta("par"),
        new StreamEvent.Error(new ApiError(503, ErrorType.OVERLOADED, "Overloaded")),
        new StreamEvent.Finish(FinishReason.STOP, null)));

    assertThat(types(frames)).doesNotContain("response.completed", "response.incomplete")
        .endsWith("error", "response.failed");
    JsonNode error = data(frames.get(frames.size() - 2));
    assertThat(error.get("code").asText()).isEqualTo("server_is_overloaded");
    assertThat(error.get("message").asText()).isEqualTo("Overloaded");
    assertThat(error.has("param")).isTrue();
    // openai-java and OAI-SDK raise only when the data carries an "error" object
    assertThat(error.get("error").get("message").asText()).isEqualTo("Overloaded");
    JsonNode failed = data(frames.get(frames.size() - 1)).get("response");
    assertThat(failed.get("status").asText()).isEqualTo("failed");
    assertThat(failed.get("error").get("code").asText()).isEqualTo("server_is_overloaded");
  }

  @Test
  void keepaliveIsAnSseComment() {
    StringBuilder out = new StringBuilder();
    new ResponsesStreamEncoder(null).keepalive(out);

    assertThat(out.toString()).startsWith(":").endsWith("\n\n");
    assertThat(StreamFrames.parse(out.toString())).isEmpty();
  }

  @Test
  void eachContentKindGetsItsOwnItemInOrder() {
    List<SseFrame> frames = frames(List.of(START, new StreamEvent.ThinkingDelta("think"),
        new StreamEvent.TextDelta("one"), new StreamEvent.ThinkingDelta("more"),
        new StreamEvent.TextDelta("two"), new StreamEvent.Finish(FinishReason.STOP, null)));

    List<JsonNode> added = frames.stream().filter(f -> f.event().equals("response.output_item.added"))
        .map(f -> data(f)).toList();
    assertThat(added).extracting(a -> a.get("item").get("type").asText())
        .containsExactly("reasoning", "message", "reasoning", "message");
    assertThat(added).extracting(a -> a.get("output_index").asInt()).containsExactly(0, 1, 2, 3);
    JsonNode output = data(frames.get(frames.size() - 1)).get("response").get("output");
    assertThat(output).hasSize(4);
    assertThat(output.get(3).get("content").get(0).get("text").asText()).isEqualTo("two");
    assertThat(output.get(0).get("summary").get(0).get("text").asText()).isEqualTo("think");
  }

  @Test
  void lengthEndsWithResponseIncomplete() {
    List<SseFrame> frames = frames(List.of(START, new StreamEvent.TextDelta("cut"),
        new StreamEvent.Finish(FinishReason.LENGTH, Usage.of(5, 7))));

    JsonNode last = data(frames.get(frames.size() - 1));
    assertThat(last.get("type").asText()).isEqualTo("response.incomplete");
    assertThat(last.get("response").get("status").asText()).isEqualTo("incomplete");
    assertThat(last.get("response").get("incomplete_details").get("reason").asText())
        .isEqualTo("max_output_tokens");
    assertThat(last.get("response").get("output").get(0).get("status").asText()).isEqualTo("incomplete");
  }

  @Test
  void functionCallItemIdsDifferFromCallIds() {
    List<SseFrame> frames = frames(List.of(START, new StreamEvent.ToolCallStart(0, "toolu_01", "f"),
        new StreamEvent.ToolCallDelta(0, "{\"a\":1}"), new StreamEvent.Finish(FinishReason.TOOL_CALLS, null)));

    JsonNode item = data(frames.get(2)).get("item");
    assertThat(item.get("call_id").asText()).isEqualTo("toolu_01");
    assertThat(item.get("id").asText()).startsWith("fc_").isNotEqualTo("toolu_01");
    JsonNode delta = data(frames.get(3));
    assertThat(delta.get("item_id").asText()).isEqualTo(item.get("id").asText());
    assertThat(types(frames)).endsWith("response.function_call_arguments.done",
        "response.output_item.done", "response.completed");
  }

  @Test
  void argumentsForACallThatIsNotOpenAreDroppedNotMisattributed() {
    List<SseFrame> frames = frames(List.of(START, new StreamEvent.ToolCallStart(0, "c0", "f"),
        new StreamEvent.ToolCallDelta(3, "{\"x\":1}"), new StreamEvent.Finish(FinishReason.TOOL_CALLS, null)));

    assertThat(types(frames)).doesNotContain("response.function_call_arguments.delta");
    JsonNode output = data(frames.get(frames.size() - 1)).get("response").get("output");
    assertThat(output.get(0).get("arguments").asText()).isEqualTo("{}");
  }

  @Test
  void onlyThisFormatsEncryptedReasoningReachesTheClient() {
    String sse = StreamFrames.encode(List.of(START, new StreamEvent.ThinkingDelta("t"),
        new StreamEvent.ThinkingSignature("anthropic-sig", Format.ANTHROPIC_MESSAGES),
        new StreamEvent.RedactedThinking("anthropic-redacted"),
        new StreamEvent.ThinkingSignature("enc", Format.OPENAI_RESPONSES),
        new StreamEvent.Finish(FinishReason.STOP, null)), null);
    List<SseFrame> frames = StreamFrames.parse(sse);

    JsonNode reasoning = data(frames.get(frames.size() - 1)).get("response").get("output").get(0);
    assertThat(reasoning.get("encrypted_content").asText()).isEqualTo("enc");
    assertThat(sse).doesNotContain("anthropic-sig", "anthropic-redacted");
  }

  @Test
  void nothingFollowsTheTerminalEvent() {
    List<SseFrame> frames = frames(List.of(START, new StreamEvent.Finish(FinishReason.STOP, null),
        new StreamEvent.TextDelta("late"), new StreamEvent.Finish(FinishReason.STOP, null)));

    assertThat(types(frames)).containsExactly("response.created", "response.in_progress",
        "response.completed");
  }

  @Test
  void theClientsSettingsAreEchoedInTheResponse() {
    ChatRequest request = new ChatRequest("gpt-5", List.of(Message.text(Role.USER, "x")),
        List.of(new Tool("f", null, null, null)), null, false,
        new Sampling(0.3, null, null, 99, null, null, null, null), null, null, null, null, null);

    List<SseFrame> frames = StreamFrames.parse(StreamFrames.encode(List.of(START), request));

    JsonNode response = data(frames.get(0)).get("response");
    assertThat(response.get("id").asText()).isEqualTo("resp_msg_01abc");
    assertThat(response.get("model").asText()).isEqualTo("claude-sonnet");
    assertThat(response.get("tools").get(0).get("name").asText()).isEqualTo("f");
    assertThat(response.get("parallel_tool_calls").asBoolean()).isFalse();
    assertThat(response.get("temperature").asDouble()).isEqualTo(0.3);
    assertThat(response.get("max_output_tokens").asInt()).isEqualTo(99);
  }
}
