package dev.switchboard.translate.format.anthropic;

import static dev.switchboard.translate.format.anthropic.Canon.msg;
import static dev.switchboard.translate.format.anthropic.Canon.request;
import static dev.switchboard.translate.format.anthropic.Canon.user;
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
import dev.switchboard.translate.canonical.StreamEvent;
import dev.switchboard.translate.canonical.Usage;
import dev.switchboard.translate.format.Format;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One regression test per applicable wire-formats.md §14 bug, named in each test's comment. */
class AnthropicKnownBugsTest {

  private final AnthropicRequestEncoder requestEncoder = new AnthropicRequestEncoder();
  private static final Part.Thinking SIGNED =
      new Part.Thinking("plan", "sig", Format.ANTHROPIC_MESSAGES, null);

  private static List<String> types(JsonNode content) {
    List<String> types = new ArrayList<>();
    content.forEach(b -> types.add(b.path("type").asText()));
    return types;
  }

  /** §14 #1 BerriAI/litellm#15601: thinking must lead the assistant turn that holds tool_use. */
  @Test
  void thinkingLeadsTheToolUseTurn() {
    ChatRequest r = request(user("go"),
        msg(Role.ASSISTANT, new Part.Text("Calling."), new Part.ToolCall("t1", "f", "{}"), SIGNED),
        msg(Role.TOOL, new Part.ToolResult("t1", "f", List.of(new Part.Text("ok")), false)));
    JsonNode content = requestEncoder.encode(r).path("messages").get(1).path("content");
    assertThat(types(content)).containsExactly("thinking", "text", "tool_use");
  }

  /** §14 #2 BerriAI/litellm#8961: thinking is passed back (signed) in function-calling mode. */
  @Test
  void signedThinkingIsReplayedWithToolCalls() {
    ChatRequest r = new AnthropicRequestDecoder().decode(
        Fixtures.json("request-tool-result-thinking", "request.json"));
    JsonNode assistant = requestEncoder.encode(r).path("messages").get(1);
    assertThat(assistant.path("content").get(0).path("signature").asText())
        .startsWith("EqQBCkYIBxgCKkB0aGlz");
    assertThat(types(assistant.path("content"))).containsExactly("thinking", "tool_use", "tool_use");
  }

  /** §14 #3 BerriAI/litellm#26916: foreign thinking is never sent as visible text. */
  @Test
  void foreignThinkingIsNeverTurnedIntoText() {
    ChatRequest r = request(user("go"), msg(Role.ASSISTANT,
        new Part.Thinking("secret plan", "rs_1", Format.OPENAI_RESPONSES, null),
        new Part.Thinking("unsigned plan"), new Part.Text("Answer")), user("more"));
    String body = requestEncoder.encode(r).toString();
    assertThat(body).doesNotContain("secret plan").doesNotContain("unsigned plan").contains("Answer");
  }

  /** §14 #4 BerriAI/litellm#21114: ids outside ^[a-zA-Z0-9_-]+$ are sanitized on both sides. */
  @Test
  void toolIdsAreSanitizedConsistently() {
    ChatRequest r = request(user("go"),
        msg(Role.ASSISTANT, new Part.ToolCall("call.1:a", "f", "{}"), new Part.ToolCall("call_1_a", "f", "{}")),
        msg(Role.TOOL, new Part.ToolResult("call_1_a", "f", List.of(), false),
            new Part.ToolResult("call.1:a", "f", List.of(), false)));
    JsonNode messages = requestEncoder.encode(r).path("messages");
    String first = messages.get(1).path("content").get(0).path("id").asText();
    String second = messages.get(1).path("content").get(1).path("id").asText();
    assertThat(first).matches("^[a-zA-Z0-9_-]+$").isNotEqualTo(second);
    assertThat(second).matches("^[a-zA-Z0-9_-]+$");
    assertThat(messages.get(2).path("content").get(0).path("tool_use_id").asText()).isEqualTo(second);
    assertThat(messages.get(2).path("content").get(1).path("tool_use_id").asText()).isEqualTo(first);
  }

  /** §14 #9 BerriAI/litellm#9812: cache creation tokens are counted once, both ways. */
  @Test
  void cacheCreationIsCountedOnce() {
    ChatResponse r = new AnthropicResponseDecoder().decode(Fixtures.json("response-thinking", "response.json"));
    assertThat(r.usage()).isEqualTo(new Usage(10 + 2000 + 300, 64, 300, 2000, 0, false));
    assertThat(new AnthropicResponseEncoder().encode(r).path("usage").path("input_tokens").asInt()).isEqualTo(10);
  }

  /** §14 #10 QuantumNous/new-api PR #1761: max_tokens means LENGTH, and LENGTH is max_tokens. */
  @Test
  void maxTokensIsLength() {
    assertThat(AnthropicStopReason.decode("max_tokens", false)).isEqualTo(FinishReason.LENGTH);
    assertThat(AnthropicStopReason.encode(FinishReason.LENGTH, true)).isEqualTo("max_tokens");
  }

  /** §14 #11 QuantumNous/new-api PR #5345: message_delta and message_stop even without usage. */
  @Test
  void finishWithoutUsageStillClosesTheMessage() {
    String sse = Streams.encode(List.of(new StreamEvent.Start("x", "m", 0, null),
        new StreamEvent.TextDelta("hi"), new StreamEvent.Finish(FinishReason.STOP, null)));
    assertThat(Streams.frames(sse)).extracting(f -> f.event())
        .endsWith("content_block_stop", "message_delta", "message_stop");
  }

  /** §14 #12 songquanpeng/one-api#1299: a decoded stream always ends with a finish reason. */
  @Test
  void decodedStreamCarriesAFinishReason() {
    List<StreamEvent> events = Streams.decode(Fixtures.bytes("stream-text", "stream.sse"));
    assertThat(events.get(events.size() - 1))
        .isEqualTo(new StreamEvent.Finish(FinishReason.STOP, new Usage(1212, 21, 1170, 0, 0, false)));
  }

  /** §14 #13 Portkey-AI/gateway#1275 and #19 higress PR #3506: tool indexes 0,1 and TOOL_CALLS. */
  @Test
  void toolIndexesCountToolUseBlocks() {
    List<StreamEvent> events = Streams.decode(Fixtures.bytes("stream-tool-use", "stream.sse"));
    assertThat(events).filteredOn(e -> e instanceof StreamEvent.ToolCallStart)
        .extracting(e -> ((StreamEvent.ToolCallStart) e).index()).containsExactly(0, 1);
    assertThat(((StreamEvent.Finish) events.get(events.size() - 1)).reason()).isEqualTo(FinishReason.TOOL_CALLS);
  }

  /** §14 #15 Portkey-AI/gateway#496: the final usage carries input tokens learnt only at the end. */
  @Test
  void finalUsageCarriesInputTokens() {
    String sse = Streams.encode(List.of(new StreamEvent.Start("x", "m", 0, null),
        new StreamEvent.TextDelta("hi"), new StreamEvent.Finish(FinishReason.STOP, Usage.of(321, 7))));
    JsonNode delta = Json.parseOrNull(Streams.frames(sse).stream()
        .filter(f -> "message_delta".equals(f.event())).findFirst().orElseThrow().data());
    assertThat(delta.path("usage").path("input_tokens").asInt()).isEqualTo(321);
    assertThat(delta.path("usage").path("output_tokens").asInt()).isEqualTo(7);
  }

  /** §14 #16 CLIProxyAPI PR #805 (and §14 #18): tool calls ended by a plain STOP are tool_use. */
  @Test
  void toolCallsEndedWithStopAreToolUse() {
    ChatResponse r = new ChatResponse("x", "gemini", 0, List.of(new Part.ToolCall("", "f", "{}")),
        FinishReason.STOP, null);
    assertThat(new AnthropicResponseEncoder().encode(r).path("stop_reason").asText()).isEqualTo("tool_use");
    String sse = Streams.encode(List.of(new StreamEvent.ToolCallStart(0, "", "f"),
        new StreamEvent.Finish(FinishReason.STOP, null)));
    assertThat(sse).contains("\"stop_reason\":\"tool_use\"");
  }

  /** §14 #17 CLIProxyAPI#3622 and §6.1 #1 (ONEAPI second system message): all system text is hoisted. */
  @Test
  void systemMessagesAnywhereAreHoistedInOrder() {
    ChatRequest r = request(Message.text(Role.SYSTEM, "one"), user("hi"),
        msg(Role.ASSISTANT, new Part.Text("hello")), Message.text(Role.SYSTEM, "two"), user("again"));
    ObjectNode body = requestEncoder.encode(r);
    assertThat(body.path("system").toString())
        .isEqualTo("[{\"type\":\"text\",\"text\":\"one\"},{\"type\":\"text\",\"text\":\"two\"}]");
    body.path("messages").forEach(m -> assertThat(m.path("role").asText()).isIn("user", "assistant"));
  }

  /** §14 #20 openclaw/openclaw#97994: a terminator without stop_reason after tool calls is TOOL_CALLS. */
  @Test
  void terminatorWithoutStopReasonInfersToolCalls() {
    List<StreamEvent> events = Streams.decode(Fixtures.bytes("stream-no-message-delta", "stream.sse"));
    assertThat(((StreamEvent.Finish) events.get(events.size() - 1)).reason()).isEqualTo(FinishReason.TOOL_CALLS);
  }

  /** §6.1 #5 (LITELLM anthropic_messages_pt): no empty text blocks, no trailing space in a prefill. */
  @Test
  void emptyTextAndTrailingWhitespaceAreRemoved() {
    ChatRequest r = request(msg(Role.USER, new Part.Text(""), new Part.Text("hi")),
        msg(Role.ASSISTANT, new Part.Text("Sure: "), new Part.Text("  \n")));
    JsonNode messages = requestEncoder.encode(r).path("messages");
    assertThat(messages.get(0).path("content").toString()).isEqualTo("[{\"type\":\"text\",\"text\":\"hi\"}]");
    assertThat(messages.get(1).path("content").toString()).isEqualTo("[{\"type\":\"text\",\"text\":\"Sure:\"}]");
  }
}
