package dev.switchboard.translate.format.anthropic;

import static dev.switchboard.translate.format.anthropic.Canon.maxTokens;
import static dev.switchboard.translate.format.anthropic.Canon.msg;
import static dev.switchboard.translate.format.anthropic.Canon.request;
import static dev.switchboard.translate.format.anthropic.Canon.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import dev.switchboard.translate.format.TranslationException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Canonical requests as other formats decode them, encoded for Anthropic. */
class AnthropicRequestEncoderTest {

  private final AnthropicRequestEncoder encoder = new AnthropicRequestEncoder();

  private static ChatRequest with(Reasoning reasoning, Sampling sampling, ToolChoice choice) {
    List<Tool> tools = choice == null ? null : List.of(new Tool("f", null, null, null));
    return new ChatRequest("m", List.of(user("hi")), tools, choice, null, sampling, null,
        reasoning, StreamMode.OFF, null, null);
  }

  @ParameterizedTest(name = "effort {0}, max {1} -> budget {2}, max_tokens {3}")
  @CsvSource({
      "HIGH,, 24576, 28672",
      "LOW, 1000, 1024, 5120",
      "MEDIUM, 50000, 8192, 50000",
      "MINIMAL,, 1024, 5120",
      "MEDIUM, 8192, 8192, 12288"})
  void thinkingBudgetStaysBelowMaxTokens(ReasoningEffort effort, Integer max, int budget, int maxTokens) {
    ObjectNode body = encoder.encode(with(new Reasoning(effort, null, null), maxTokens(max), null));
    assertThat(body.path("thinking").path("type").asText()).isEqualTo("enabled");
    assertThat(body.path("thinking").path("budget_tokens").asInt()).isEqualTo(budget);
    assertThat(body.path("max_tokens").asInt()).isEqualTo(maxTokens);
  }

  @Test
  void maxTokensDefaultsWithoutThinking() {
    ObjectNode body = encoder.encode(request(user("hi")));
    assertThat(body.path("max_tokens").asInt()).isEqualTo(ThinkingBudget.DEFAULT_MAX_TOKENS);
    assertThat(body.has("thinking")).isFalse();
  }

  @Test
  void effortNoneAndThoughtsOffMeanNoThinking() {
    assertThat(encoder.encode(with(new Reasoning(ReasoningEffort.NONE, null, null), null, null))
        .has("thinking")).isFalse();
    assertThat(encoder.encode(with(new Reasoning(null, null, false), null, null))
        .has("thinking")).isFalse();
    assertThat(encoder.encode(with(new Reasoning(null, null, true), null, null))
        .path("thinking").path("budget_tokens").asInt()).isEqualTo(ReasoningEffort.MEDIUM.budget());
  }

  @Test
  void thinkingLeavesOutTemperatureTopKAndLowTopP() {
    Sampling s = new Sampling(0.3, 0.5, 20, null, null, null, null, null);
    ObjectNode body = encoder.encode(with(new Reasoning(ReasoningEffort.LOW, null, null), s, null));
    assertThat(body.has("temperature")).isFalse();
    assertThat(body.has("top_k")).isFalse();
    assertThat(body.has("top_p")).isFalse();
    Sampling high = new Sampling(null, 0.97, null, null, null, null, null, null);
    assertThat(encoder.encode(with(new Reasoning(ReasoningEffort.LOW, null, null), high, null))
        .path("top_p").asDouble()).isEqualTo(0.97);
  }

  @Test
  void forcedToolChoiceDropsThinking() {
    ObjectNode body = encoder.encode(with(new Reasoning(ReasoningEffort.HIGH, null, null), null,
        new ToolChoice.Required()));
    assertThat(body.has("thinking")).isFalse();
    assertThat(body.path("tool_choice").path("type").asText()).isEqualTo("any");
  }

  @ParameterizedTest
  @CsvSource({"1.7, 1.0", "-0.5, 0.0", "0.4, 0.4"})
  void temperatureIsClampedToZeroOne(double given, double sent) {
    Sampling s = new Sampling(given, null, null, null, null, null, null, null);
    assertThat(encoder.encode(request(s, user("hi"))).path("temperature").asDouble()).isEqualTo(sent);
  }

  @Test
  void stopBecomesStopSequencesWithoutBlankOnes() {
    Sampling s = new Sampling(null, null, null, null, List.of("END", " ", ""), 7L, 0.1, 0.2);
    ObjectNode body = encoder.encode(request(s, user("hi")));
    assertThat(body.path("stop_sequences").toString()).isEqualTo("[\"END\"]");
    assertThat(body.has("seed")).isFalse();
  }

  @Test
  void imagesBecomeBase64OrUrlSourcesOfAllowedTypesOnly() {
    Message m = msg(Role.USER,
        new Part.Image(ImageSource.fromUrl("data:image/jpg;base64,AAAA")),
        new Part.Image(new ImageSource.Url("https://x.test/a.png")),
        new Part.Image(new ImageSource.Base64("image/bmp", "BBBB")),
        new Part.Image(new ImageSource.Url("gs://bucket/a.png")),
        new Part.Text("what is this?"));
    ObjectNode body = encoder.encode(request(m));
    assertThat(body.path("messages").get(0).path("content").toString()).isEqualTo(
        "[{\"type\":\"image\",\"source\":{\"type\":\"base64\",\"media_type\":\"image/jpeg\",\"data\":\"AAAA\"}},"
            + "{\"type\":\"image\",\"source\":{\"type\":\"url\",\"url\":\"https://x.test/a.png\"}},"
            + "{\"type\":\"text\",\"text\":\"what is this?\"}]");
  }

  @Test
  void toolMessagesMergeIntoTheNextUserTurnWithResultsFirst() {
    ChatRequest r = request(
        user("weather?"),
        msg(Role.ASSISTANT, new Part.ToolCall("a", "w", "{}"), new Part.ToolCall("b", "w", "{}")),
        msg(Role.TOOL, new Part.ToolResult("a", "w", List.of(new Part.Text("1")), false)),
        msg(Role.TOOL, new Part.ToolResult("b", "w", List.of(new Part.Text("2")), false)),
        user("thanks"));
    ObjectNode body = encoder.encode(r);
    assertThat(body.path("messages")).hasSize(3);
    assertThat(body.path("messages").get(2).toString()).isEqualTo(
        "{\"role\":\"user\",\"content\":[{\"type\":\"tool_result\",\"tool_use_id\":\"a\",\"content\":\"1\"},"
            + "{\"type\":\"tool_result\",\"tool_use_id\":\"b\",\"content\":\"2\"},"
            + "{\"type\":\"text\",\"text\":\"thanks\"}]}");
  }

  @Test
  void missingToolIdsAreGeneratedAndPairedInOrder() {
    ChatRequest r = request(user("go"),
        msg(Role.ASSISTANT, new Part.ToolCall("", "f", "{}"), new Part.ToolCall(null, "g", "{}")),
        msg(Role.TOOL, new Part.ToolResult(null, "f", List.of(new Part.Text("x")), false),
            new Part.ToolResult("", "g", List.of(new Part.Text("y")), false)));
    ObjectNode body = encoder.encode(r);
    var calls = body.path("messages").get(1).path("content");
    var results = body.path("messages").get(2).path("content");
    assertThat(calls.get(0).path("id").asText()).matches("^[a-zA-Z0-9_-]+$")
        .isEqualTo(results.get(0).path("tool_use_id").asText());
    assertThat(calls.get(1).path("id").asText()).isNotEqualTo(calls.get(0).path("id").asText())
        .isEqualTo(results.get(1).path("tool_use_id").asText());
  }

  @Test
  void invalidArgumentsBecomeAnEmptyInputObject() {
    ObjectNode body = encoder.encode(request(user("go"),
        msg(Role.ASSISTANT, new Part.ToolCall("t", "f", "{not json"), new Part.ToolCall("u", "f", "[1]"))));
    assertThat(body.path("messages").get(1).path("content").get(0).path("input").toString()).isEqualTo("{}");
    assertThat(body.path("messages").get(1).path("content").get(1).path("input").toString()).isEqualTo("{}");
  }

  @Test
  void toolsChoiceAndParallelSwitch() {
    ChatRequest r = new ChatRequest("m", List.of(user("hi")),
        List.of(new Tool("f", "does f", null, null)), null, false, null, null, null, null, null, null);
    ObjectNode body = encoder.encode(r);
    assertThat(body.path("tools").toString()).isEqualTo(
        "[{\"name\":\"f\",\"description\":\"does f\",\"input_schema\":{\"type\":\"object\",\"properties\":{}}}]");
    assertThat(body.path("tool_choice").toString())
        .isEqualTo("{\"type\":\"auto\",\"disable_parallel_tool_use\":true}");
    ChatRequest named = new ChatRequest("m", List.of(user("hi")), List.of(new Tool("f", null, null, null)),
        new ToolChoice.Named("f"), null, null, null, null, null, null, null);
    assertThat(encoder.encode(named).path("tool_choice").toString()).isEqualTo("{\"type\":\"tool\",\"name\":\"f\"}");
    ChatRequest noTools = new ChatRequest("m", List.of(user("hi")), null, new ToolChoice.Required(),
        false, null, null, null, null, null, null);
    assertThat(encoder.encode(noTools).has("tool_choice")).isFalse();
  }

  @Test
  void schemaGoesToOutputConfigAndJsonModeWithoutSchemaIsDropped() {
    ObjectNode schema = (ObjectNode) Json.parseOrNull("{\"type\":\"object\"}");
    ChatRequest r = new ChatRequest("m", List.of(user("hi")), null, null, null, null,
        new ResponseFormat.JsonSchema("x", null, schema, true), null, null, null, null);
    assertThat(encoder.encode(r).path("output_config").toString())
        .isEqualTo("{\"format\":{\"type\":\"json_schema\",\"schema\":{\"type\":\"object\"}}}");
    ChatRequest mode = new ChatRequest("m", List.of(user("hi")), null, null, null, null,
        new ResponseFormat.JsonObject(), null, null, null, null);
    assertThat(encoder.encode(mode).has("output_config")).isFalse();
  }

  @Test
  void userStreamAndForeignExtra() {
    ObjectNode extra = (ObjectNode) Json.parseOrNull("{\"openai_chat\":{\"seed\":1},\"service_tier\":\"x\"}");
    ChatRequest r = new ChatRequest("m", List.of(user("hi")), null, null, null, null, null, null,
        StreamMode.ON_WITH_USAGE, "u1", extra);
    ObjectNode body = encoder.encode(r);
    assertThat(body.path("metadata").path("user_id").asText()).isEqualTo("u1");
    assertThat(body.path("stream").asBoolean()).isTrue();
    assertThat(body.has("seed")).isFalse();
    assertThat(body.has("service_tier")).isFalse();
    assertThat(body.has("openai_chat")).isFalse();
  }

  @Test
  void aConversationOfOnlySystemMessagesCannotBeServed() {
    assertThatThrownBy(() -> encoder.encode(request(Message.text(Role.SYSTEM, "be nice"), user("  "))))
        .isInstanceOf(TranslationException.class).hasMessageStartingWith("messages:");
  }
}
