package dev.switchboard.translate.format.openai.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.ChatRequest;
import dev.switchboard.translate.canonical.ChatResponse;
import dev.switchboard.translate.canonical.FinishReason;
import dev.switchboard.translate.canonical.Message;
import dev.switchboard.translate.canonical.Part;
import dev.switchboard.translate.canonical.Role;
import dev.switchboard.translate.canonical.Sampling;
import dev.switchboard.translate.canonical.StreamEvent;
import dev.switchboard.translate.canonical.StreamMode;
import dev.switchboard.translate.canonical.Usage;
import dev.switchboard.translate.format.Format;
import dev.switchboard.translate.sse.SseFrame;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One test per wire-formats.md §14 bug (and §6.1/§7/§12 pitfall) that applies to Chat. */
class OpenAiChatRegressionTest {

  private static final Set<String> LEGAL_FINISH = Set.of("stop", "length", "tool_calls",
      "content_filter");

  private static List<StreamEvent> decode(String... data) {
    List<SseFrame> frames = new ArrayList<>();
    for (String d : data) {
      frames.add(SseFrame.data(d));
    }
    return Fixtures.decode(frames);
  }

  private static String chunk(String choiceBody) {
    return "{\"id\":\"c\",\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":0," + choiceBody + "}]}";
  }

  private static List<JsonNode> chunks(StreamMode mode, List<StreamEvent> events) {
    return OpenAiChatStreamEncoderTest.frames(OpenAiChatStreamEncoderTest.encode(mode, events))
        .stream().filter(f -> !f.isDone()).map(f -> Json.parseOrNull(f.data())).toList();
  }

  // §14 #1 BerriAI/litellm#15601 and #2 BerriAI/litellm#8961: signed thinking must survive the
  // Chat client's round trip and precede the tool call it belongs to.
  @Test
  void signedThinkingReachesTheClientAndComesBackBeforeTheToolCall() {
    ChatResponse answer = new ChatResponse("id", "claude", 1, List.of(
        new Part.Thinking("plan", "sig-1", Format.ANTHROPIC_MESSAGES, null),
        new Part.ToolCall("toolu_1", "f", "{}")), FinishReason.TOOL_CALLS, Usage.of(1, 1));
    ObjectNode history = (ObjectNode) new OpenAiChatResponseEncoder().encode(answer)
        .at("/choices/0/message");
    ObjectNode body = Json.object().put("model", "claude");
    body.putArray("messages").add(Json.object().put("role", "user").put("content", "q"))
        .add(history);
    List<Part> parts = new OpenAiChatRequestDecoder().decode(body).messages().get(1).parts();
    assertThat(parts).containsExactly(
        new Part.Thinking("plan", "sig-1", Format.ANTHROPIC_MESSAGES, null),
        new Part.ToolCall("toolu_1", "f", "{}"));
  }

  // §14 #3 BerriAI/litellm#26916: thinking is never visible text.
  @Test
  void thinkingNeverBecomesVisibleContent() {
    ChatResponse answer = new ChatResponse("id", "m", 1,
        List.of(new Part.Thinking("secret plan"), new Part.Text("answer")), FinishReason.STOP, null);
    JsonNode message = new OpenAiChatResponseEncoder().encode(answer).at("/choices/0/message");
    assertThat(message.get("content").asText()).isEqualTo("answer");
    ChatRequest request = new ChatRequest("m", List.of(new Message(Role.ASSISTANT,
        List.of(new Part.Thinking("secret plan")))), null, null, null, null, null, null, null, null,
        null);
    JsonNode upstream = new OpenAiChatRequestEncoder().encode(request).at("/messages/0");
    assertThat(upstream.get("content").asText()).doesNotContain("secret");
    assertThat(chunks(StreamMode.ON, List.of(new StreamEvent.ThinkingDelta("secret plan"),
        new StreamEvent.Finish(FinishReason.STOP, null))))
        .noneMatch(c -> c.at("/choices/0/delta/content").asText().contains("secret"));
  }

  // §14 #5 BerriAI/litellm#16893: a Gemini thought signature survives a Chat client's stream.
  @Test
  void geminiThoughtSignatureSurvivesTheChatStreamAndReplay() {
    List<JsonNode> out = chunks(StreamMode.ON, List.of(
        new StreamEvent.ToolCallStart(0, "fc1", "f", "gsig", Format.GEMINI),
        new StreamEvent.ToolCallDelta(0, "{}"), new StreamEvent.Finish(FinishReason.TOOL_CALLS, null)));
    JsonNode call = out.get(1).at("/choices/0/delta/tool_calls/0");
    assertThat(call.at("/extra_content/google/thought_signature").asText()).isEqualTo("gsig");
    ObjectNode body = Json.object().put("model", "gemini");
    ObjectNode replay = body.putArray("messages").addObject().put("role", "assistant");
    ObjectNode replayed = replay.putArray("tool_calls").addObject().put("id", "fc1")
        .put("type", "function");
    replayed.putObject("function").put("name", "f").put("arguments", "{}");
    replayed.set("extra_content", call.get("extra_content"));
    Part part = new OpenAiChatRequestDecoder().decode(body).messages().get(0).parts().get(0);
    assertThat(part).isEqualTo(new Part.ToolCall("fc1", "f", "{}", "gsig", Format.GEMINI));
  }

  // §14 #6 BerriAI/litellm#16188 and #7 PR #11558: parallel calls get distinct indexes, even
  // when the upstream numbers every call 0.
  @Test
  void parallelCallsGetDistinctIndexes() {
    List<StreamEvent> events = Fixtures.decode(Fixtures.frames(
        Fixtures.bytes("stream-index-zero-parallel", "stream.sse")));
    assertThat(events).filteredOn(e -> e instanceof StreamEvent.ToolCallStart)
        .extracting(e -> ((StreamEvent.ToolCallStart) e).index()).containsExactly(0, 1);
  }

  // §14 #8 BerriAI/litellm#10768, #10 QuantumNous/new-api PR #1761, §7 CPA "max_tokens":
  // a length stop is "length", and an upstream "max_tokens" is read as LENGTH.
  @Test
  void lengthIsLengthInBothDirections() {
    ChatResponse cut = new ChatResponse("id", "m", 1, List.of(new Part.Text("x")),
        FinishReason.LENGTH, null);
    assertThat(new OpenAiChatResponseEncoder().encode(cut).at("/choices/0/finish_reason").asText())
        .isEqualTo("length");
    assertThat(decode(chunk("\"delta\":{},\"finish_reason\":\"max_tokens\""), "[DONE]"))
        .last().isEqualTo(new StreamEvent.Finish(FinishReason.LENGTH, null));
  }

  // §14 #9 BerriAI/litellm#9812: cache writes are part of the input, never added twice.
  @Test
  void cacheWritesAreNotCountedTwice() {
    JsonNode usage = UsageMapping.encode(new Usage(100, 20, 50, 30, 0, false));
    assertThat(usage.get("prompt_tokens").asLong()).isEqualTo(100);
    assertThat(usage.get("total_tokens").asLong()).isEqualTo(120);
  }

  // §14 #11 QuantumNous/new-api PR #5345 and #12 songquanpeng/one-api#1299: a stream without a
  // usage chunk still finishes, and the client always gets a finish_reason chunk.
  @Test
  void finishWithoutUsageStillFinishesWithAFinishReason() {
    List<StreamEvent> events = decode(chunk("\"delta\":{\"content\":\"a\"}"),
        chunk("\"delta\":{},\"finish_reason\":\"stop\""), "[DONE]");
    assertThat(events).last().isEqualTo(new StreamEvent.Finish(FinishReason.STOP, null));
    List<JsonNode> out = chunks(StreamMode.ON_WITH_USAGE, events);
    assertThat(out).anyMatch(c -> "stop".equals(c.at("/choices/0/finish_reason").asText()));
  }

  // §14 #13 Portkey-AI/gateway#1275: tool_call indexes are the canonical 0, 1, ... numbering.
  // §14 #14 Portkey-AI/gateway#1399: the first chunk carries role "assistant".
  @Test
  void toolIndexesAreCanonicalAndTheFirstChunkHasTheRole() {
    List<JsonNode> out = chunks(StreamMode.ON, List.of(
        new StreamEvent.Start("id", "m", 1, null), new StreamEvent.TextDelta("t"),
        new StreamEvent.ToolCallStart(0, "a", "f"), new StreamEvent.ToolCallStart(1, "b", "g"),
        new StreamEvent.Finish(FinishReason.TOOL_CALLS, null)));
    assertThat(out.get(0).at("/choices/0/delta/role").asText()).isEqualTo("assistant");
    assertThat(out.get(2).at("/choices/0/delta/tool_calls/0/index").asInt()).isZero();
    assertThat(out.get(3).at("/choices/0/delta/tool_calls/0/index").asInt()).isEqualTo(1);
  }

  // §14 #15 Portkey-AI/gateway#496: the final usage chunk has the prompt tokens reported early.
  @Test
  void finalUsageChunkHasPromptTokensFromTheStart() {
    List<JsonNode> out = chunks(StreamMode.ON_WITH_USAGE, List.of(
        new StreamEvent.Start("id", "m", 1, Usage.of(40, 0)), new StreamEvent.TextDelta("t"),
        new StreamEvent.Finish(FinishReason.STOP, Usage.of(0, 7))));
    JsonNode usage = out.get(out.size() - 1).get("usage");
    assertThat(usage.get("prompt_tokens").asLong()).isEqualTo(40);
    assertThat(usage.get("completion_tokens").asLong()).isEqualTo(7);
    assertThat(usage.get("total_tokens").asLong()).isEqualTo(47);
  }

  // §14 #18 su-kaka/gcli2api PR #407 and #19 higress-group/higress PR #3506: a turn with tool
  // calls ends with tool_calls, whatever the upstream said, and only legal values are written.
  @Test
  void toolCallTurnsEndWithToolCalls() {
    String call = chunk("\"delta\":{\"tool_calls\":[{\"index\":0,\"id\":\"a\",\"function\":"
        + "{\"name\":\"f\",\"arguments\":\"{}\"}}]}");
    assertThat(decode(call, chunk("\"delta\":{},\"finish_reason\":\"stop\""), "[DONE]")).last()
        .isEqualTo(new StreamEvent.Finish(FinishReason.TOOL_CALLS, null));
    assertThat(decode(call, chunk("\"delta\":{},\"finish_reason\":\"tool_use\""), "[DONE]")).last()
        .isEqualTo(new StreamEvent.Finish(FinishReason.TOOL_CALLS, null));
    List<JsonNode> out = chunks(StreamMode.ON, List.of(new StreamEvent.ToolCallStart(0, "a", "f"),
        new StreamEvent.Finish(FinishReason.STOP, null)));
    assertThat(out.get(out.size() - 1).at("/choices/0/finish_reason").asText())
        .isEqualTo("tool_calls");
    for (FinishReason r : FinishReason.values()) {
      assertThat(FinishReasonMapping.encode(r, false)).isIn(LEGAL_FINISH);
      assertThat(FinishReasonMapping.encode(r, true)).isIn(LEGAL_FINISH);
    }
  }

  // §14 #20 openclaw/openclaw#97994: [DONE] without finish_reason after tool calls -> TOOL_CALLS.
  @Test
  void doneWithoutFinishAfterToolCallsInfersToolCalls() {
    List<StreamEvent> events = Fixtures.decode(Fixtures.frames(
        Fixtures.bytes("stream-done-without-finish", "stream.sse")));
    assertThat(events).last().isEqualTo(new StreamEvent.Finish(FinishReason.TOOL_CALLS, null));
  }

  // §6.1 #1 (ONEAPI keeps only the first system message): a later system message stays in place.
  @Test
  void midConversationSystemMessageStaysInPlace() {
    ChatRequest r = new ChatRequest("m", List.of(Message.text(Role.SYSTEM, "a"),
        Message.text(Role.USER, "q"), Message.text(Role.SYSTEM, "b"), Message.text(Role.USER, "r")),
        null, null, null, Sampling.NONE, null, null, StreamMode.OFF, null, null);
    JsonNode messages = new OpenAiChatRequestEncoder().encode(r).get("messages");
    assertThat(messages.at("/2/role").asText()).isEqualTo("system");
    assertThat(messages.at("/2/content").asText()).isEqualTo("b");
    ChatRequest back = new OpenAiChatRequestDecoder().decode(new OpenAiChatRequestEncoder().encode(r));
    assertThat(back.messages()).isEqualTo(r.messages());
  }

  // §12: OpenAI SDKs ignore SSE comments, so keepalives and OpenRouter's processing comments pass.
  @Test
  void commentsInTheUpstreamStreamAreIgnored() {
    List<StreamEvent> events = Fixtures.decode(Fixtures.frames(
        ": OPENROUTER PROCESSING\n\ndata: {\"id\":\"x\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"hi\"},\"finish_reason\":\"stop\"}]}\n\n: keepalive\n\ndata: [DONE]\n\n"
            .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(events).containsExactly(new StreamEvent.Start("x", null, 0, null),
        new StreamEvent.TextDelta("hi"), new StreamEvent.Finish(FinishReason.STOP, null));
  }
}
