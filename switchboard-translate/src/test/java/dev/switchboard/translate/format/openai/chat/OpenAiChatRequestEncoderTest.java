package dev.switchboard.translate.format.openai.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.ChatRequest;
import dev.switchboard.translate.canonical.ImageSource;
import dev.switchboard.translate.canonical.Message;
import dev.switchboard.translate.canonical.Part;
import dev.switchboard.translate.canonical.Reasoning;
import dev.switchboard.translate.canonical.ReasoningEffort;
import dev.switchboard.translate.canonical.ResponseFormat;
import dev.switchboard.translate.canonical.Role;
import dev.switchboard.translate.canonical.Sampling;
import dev.switchboard.translate.canonical.StreamMode;
import dev.switchboard.translate.canonical.Tool;
import dev.switchboard.translate.canonical.ToolChoice;
import dev.switchboard.translate.format.Format;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenAiChatRequestEncoderTest {

  private final OpenAiChatRequestEncoder encoder = new OpenAiChatRequestEncoder();

  private static ChatRequest request(List<Message> messages, Sampling sampling, Reasoning reasoning,
      StreamMode stream) {
    return new ChatRequest("m", messages, List.of(), null, null, sampling, null, reasoning, stream,
        null, null);
  }

  private static Sampling maxTokens(int max) {
    return new Sampling(null, null, null, max, null, null, null, null);
  }

  @Test
  void sendsMaxTokensWithoutReasoningAndMaxCompletionTokensWithIt() {
    List<Message> msgs = List.of(Message.text(Role.USER, "hi"));
    ObjectNode plain = encoder.encode(request(msgs, maxTokens(100), null, StreamMode.OFF));
    assertThat(plain.get("max_tokens").asInt()).isEqualTo(100);
    assertThat(plain.has("max_completion_tokens")).isFalse();
    assertThat(plain.has("reasoning_effort")).isFalse();

    ObjectNode reasoning = encoder.encode(request(msgs, maxTokens(100),
        new Reasoning(null, 9000, null), StreamMode.OFF));
    assertThat(reasoning.get("max_completion_tokens").asInt()).isEqualTo(100);
    assertThat(reasoning.has("max_tokens")).isFalse();
    assertThat(reasoning.get("reasoning_effort").asText()).isEqualTo("high");
  }

  @Test
  void alwaysAsksForUsageWhenStreaming() {
    ObjectNode body = encoder.encode(request(List.of(Message.text(Role.USER, "hi")),
        Sampling.NONE, null, StreamMode.ON));
    assertThat(body.get("stream").asBoolean()).isTrue();
    assertThat(body.at("/stream_options/include_usage").asBoolean()).isTrue();
    ObjectNode off = encoder.encode(request(List.of(Message.text(Role.USER, "hi")),
        Sampling.NONE, null, StreamMode.OFF));
    assertThat(off.has("stream")).isFalse();
    assertThat(off.has("stream_options")).isFalse();
  }

  @Test
  void keepsSystemMessagesInPlaceAndSplitsToolResultsIntoToolMessages() {
    List<Message> msgs = List.of(
        Message.text(Role.SYSTEM, "sys"),
        Message.text(Role.USER, "q"),
        new Message(Role.ASSISTANT, List.of(
            new Part.Thinking("hidden plan", "sig", Format.ANTHROPIC_MESSAGES, null),
            new Part.ToolCall("c1", "f", "{\"a\":1}", "gsig", Format.GEMINI),
            new Part.ToolCall("c2", "f", "{}"))),
        new Message(Role.TOOL, List.of(
            new Part.ToolResult("c1", "f", List.of(new Part.Text("r1")), false),
            new Part.ToolResult("c2", "f", List.of(new Part.Text("r2")), true))),
        Message.text(Role.SYSTEM, "late system"),
        new Message(Role.USER, List.of(new Part.Text("look"),
            new Part.Image(new ImageSource.Base64("image/png", "AAAA")),
            new Part.Image(new ImageSource.Url("https://x/y.jpg")))));
    JsonNode m = encoder.encode(request(msgs, Sampling.NONE, null, StreamMode.OFF)).get("messages");

    assertThat(m).hasSize(7);
    assertThat(m.get(0).get("role").asText()).isEqualTo("system");
    assertThat(m.get(1).get("content").asText()).isEqualTo("q");
    JsonNode assistant = m.get(2);
    assertThat(assistant.get("content").isNull()).isTrue();
    assertThat(assistant.get("reasoning_content").asText()).isEqualTo("hidden plan");
    assertThat(assistant.has("thinking_blocks")).as("no signatures upstream").isFalse();
    assertThat(assistant.get("tool_calls")).hasSize(2);
    assertThat(assistant.at("/tool_calls/0/function/arguments").asText()).isEqualTo("{\"a\":1}");
    assertThat(assistant.at("/tool_calls/0/extra_content").isMissingNode()).isTrue();
    assertThat(m.get(3).get("role").asText()).isEqualTo("tool");
    assertThat(m.get(3).get("tool_call_id").asText()).isEqualTo("c1");
    assertThat(m.get(4).get("tool_call_id").asText()).isEqualTo("c2");
    assertThat(m.get(4).get("content").asText()).isEqualTo("r2");
    assertThat(m.get(5).get("content").asText()).isEqualTo("late system");
    JsonNode parts = m.get(6).get("content");
    assertThat(parts.at("/0/type").asText()).isEqualTo("text");
    assertThat(parts.at("/1/image_url/url").asText()).isEqualTo("data:image/png;base64,AAAA");
    assertThat(parts.at("/2/image_url/url").asText()).isEqualTo("https://x/y.jpg");
  }

  @Test
  void toolResultsInAUserMessageBecomeToolMessagesBeforeIt() {
    List<Message> msgs = List.of(new Message(Role.USER, List.of(
        new Part.ToolResult("c1", "f", List.of(new Part.Text("r1")), false),
        new Part.Text("and now?"))));
    JsonNode m = encoder.encode(request(msgs, Sampling.NONE, null, StreamMode.OFF)).get("messages");
    assertThat(m).hasSize(2);
    assertThat(m.get(0).get("role").asText()).isEqualTo("tool");
    assertThat(m.get(1).get("content").asText()).isEqualTo("and now?");
  }

  @Test
  void encodesToolsChoiceFormatAndSampling() {
    ChatRequest r = new ChatRequest("m", List.of(Message.text(Role.USER, "q")),
        List.of(new Tool("f", "does f", Json.object().put("type", "object"), true)),
        new ToolChoice.Named("f"), false,
        new Sampling(0.5, 0.9, 40, null, List.of("a", "b", "c", "d", "e"), 7L, 0.1, 0.2),
        new ResponseFormat.JsonSchema(null, null, null, null), null, StreamMode.OFF, "u1", null);
    ObjectNode body = encoder.encode(r);
    assertThat(body.at("/tools/0/type").asText()).isEqualTo("function");
    assertThat(body.at("/tools/0/function/name").asText()).isEqualTo("f");
    assertThat(body.at("/tools/0/function/strict").asBoolean()).isTrue();
    assertThat(body.at("/tool_choice/function/name").asText()).isEqualTo("f");
    assertThat(body.get("parallel_tool_calls").asBoolean()).isFalse();
    assertThat(body.get("temperature").asDouble()).isEqualTo(0.5);
    assertThat(body.get("top_p").asDouble()).isEqualTo(0.9);
    assertThat(body.has("top_k")).as("OpenAI rejects unknown arguments").isFalse();
    assertThat(body.get("stop")).hasSize(4);
    assertThat(body.get("seed").asLong()).isEqualTo(7);
    assertThat(body.get("presence_penalty").asDouble()).isEqualTo(0.1);
    assertThat(body.get("frequency_penalty").asDouble()).isEqualTo(0.2);
    assertThat(body.at("/response_format/type").asText()).isEqualTo("json_schema");
    assertThat(body.at("/response_format/json_schema/name").asText()).isEqualTo("response");
    assertThat(body.at("/response_format/json_schema/schema").isObject()).isTrue();
    assertThat(body.get("user").asText()).isEqualTo("u1");
  }

  @Test
  void dropsToolChoiceAndParallelFlagWithoutTools() {
    ChatRequest r = new ChatRequest("m", List.of(Message.text(Role.USER, "q")), List.of(),
        new ToolChoice.Required(), true, Sampling.NONE, null, null, StreamMode.OFF, null, null);
    ObjectNode body = encoder.encode(r);
    assertThat(body.has("tool_choice")).isFalse();
    assertThat(body.has("parallel_tool_calls")).isFalse();
  }

  @Test
  void copiesOnlyItsOwnFormatsExtraFields() {
    ObjectNode extra = Json.object();
    extra.putObject(ChatExtras.KEY).put("n", 2).put("model", "must-not-override");
    extra.putObject("anthropic_messages").put("top_k", 5);
    ChatRequest r = new ChatRequest("m", List.of(Message.text(Role.USER, "q")), List.of(), null,
        null, Sampling.NONE, null, null, StreamMode.OFF, null, extra);
    ObjectNode body = encoder.encode(r);
    assertThat(body.get("n").asInt()).isEqualTo(2);
    assertThat(body.get("model").asText()).isEqualTo("m");
    assertThat(body.has("top_k")).isFalse();
    assertThat(body.has("anthropic_messages")).isFalse();
  }

  @Test
  void effortNamesFollowTheCanonicalTable() {
    ObjectNode body = encoder.encode(request(List.of(Message.text(Role.USER, "q")), Sampling.NONE,
        new Reasoning(ReasoningEffort.MINIMAL, null, null), StreamMode.OFF));
    assertThat(body.get("reasoning_effort").asText()).isEqualTo("minimal");
  }
}
