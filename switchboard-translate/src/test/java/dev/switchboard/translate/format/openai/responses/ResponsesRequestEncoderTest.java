package dev.switchboard.translate.format.openai.responses;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.ChatRequest;
import dev.switchboard.translate.canonical.ImageSource;
import dev.switchboard.translate.canonical.Message;
import dev.switchboard.translate.canonical.Part;
import dev.switchboard.translate.canonical.Reasoning;
import dev.switchboard.translate.canonical.ResponseFormat;
import dev.switchboard.translate.canonical.Role;
import dev.switchboard.translate.canonical.Sampling;
import dev.switchboard.translate.canonical.StreamMode;
import dev.switchboard.translate.canonical.Tool;
import dev.switchboard.translate.canonical.ToolChoice;
import dev.switchboard.translate.format.Format;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResponsesRequestEncoderTest {

  private final ResponsesRequestEncoder encoder = new ResponsesRequestEncoder();

  static ChatRequest request(List<Message> messages) {
    return new ChatRequest("gpt-5", messages, null, null, null, null, null, null, null, null, null);
  }

  @Test
  void leadingSystemMessagesJoinIntoInstructionsAndLaterOnesBecomeDeveloperItems() {
    ObjectNode body = encoder.encode(request(List.of(
        Message.text(Role.SYSTEM, "Rule one."), Message.text(Role.SYSTEM, "Rule two."),
        Message.text(Role.USER, "hi"), Message.text(Role.SYSTEM, "Switch to French."),
        Message.text(Role.USER, "again"))));

    assertThat(body.get("instructions").asText()).isEqualTo("Rule one.\n\nRule two.");
    JsonNode input = body.get("input");
    assertThat(input).hasSize(3);
    assertThat(input.get(1).get("role").asText()).isEqualTo("developer");
    assertThat(input.get(1).get("content").get(0).get("text").asText()).isEqualTo("Switch to French.");
  }

  @Test
  void alwaysStatelessAndStreamingNeedsNoUsageOption() {
    ObjectNode body = encoder.encode(request(List.of(Message.text(Role.USER, "hi")))
        .withStream(StreamMode.ON_WITH_USAGE));

    assertThat(body.get("store").asBoolean()).isFalse();
    assertThat(body.get("stream").asBoolean()).isTrue();
    assertThat(body.has("stream_options")).isFalse();
  }

  @Test
  void imagesByUrlAndBase64BecomeInputImages() {
    ObjectNode body = encoder.encode(request(List.of(new Message(Role.USER, List.of(
        new Part.Text("what?"), new Part.Image(new ImageSource.Url("https://x/y.png")),
        new Part.Image(new ImageSource.Base64("image/jpeg", "AAAA")))))));

    JsonNode content = body.get("input").get(0).get("content");
    assertThat(content.get(1).get("image_url").asText()).isEqualTo("https://x/y.png");
    assertThat(content.get(2).get("image_url").asText()).isEqualTo("data:image/jpeg;base64,AAAA");
    assertThat(content.get(2).get("detail").asText()).isEqualTo("auto");
  }

  @Test
  void toolCallsAndParallelResultsLinkByCallId() {
    ObjectNode body = encoder.encode(request(List.of(
        Message.text(Role.USER, "weather?"),
        new Message(Role.ASSISTANT, List.of(new Part.Text("Checking."),
            new Part.ToolCall("toolu_1", "get_weather", "{\"city\":\"Oslo\"}"),
            new Part.ToolCall("toolu_2", "get_weather", ""))),
        new Message(Role.TOOL, List.of(
            new Part.ToolResult("toolu_1", "get_weather", List.of(new Part.Text("4C")), false),
            new Part.ToolResult("toolu_2", "get_weather", List.of(new Part.Text("rain"),
                new Part.Image(new ImageSource.Url("https://radar"))), true))))));

    JsonNode input = body.get("input");
    assertThat(input.get(1).get("content").asText()).isEqualTo("Checking.");
    assertThat(input.get(2).get("type").asText()).isEqualTo("function_call");
    assertThat(input.get(2).get("call_id").asText()).isEqualTo("toolu_1");
    assertThat(input.get(3).get("arguments").asText()).isEqualTo("{}");
    assertThat(input.get(4).get("output").asText()).isEqualTo("4C");
    assertThat(input.get(5).get("call_id").asText()).isEqualTo("toolu_2");
    assertThat(input.get(5).get("output").get(1).get("type").asText()).isEqualTo("input_image");
  }

  @Test
  void toolsAreFlatAndNotStrictUnlessAsked() {
    ChatRequest r = new ChatRequest("m", List.of(Message.text(Role.USER, "x")),
        List.of(new Tool("f", "does f", null, null), new Tool("g", null, Json.object(), true)),
        new ToolChoice.Named("g"), false, null, null, null, null, null, null);

    ObjectNode body = encoder.encode(r);

    JsonNode f = body.get("tools").get(0);
    assertThat(f.get("type").asText()).isEqualTo("function");
    assertThat(f.get("name").asText()).isEqualTo("f");
    assertThat(f.has("function")).isFalse();
    assertThat(f.get("strict").asBoolean()).isFalse();
    assertThat(f.get("parameters").get("type").asText()).isEqualTo("object");
    assertThat(body.get("tools").get(1).get("strict").asBoolean()).isTrue();
    assertThat(body.get("tool_choice").get("name").asText()).isEqualTo("g");
    assertThat(body.get("parallel_tool_calls").asBoolean()).isFalse();
  }

  @Test
  void toolChoiceWithoutToolsIsLeftOut() {
    ChatRequest r = new ChatRequest("m", List.of(Message.text(Role.USER, "x")), null,
        new ToolChoice.Required(), true, null, null, null, null, null, null);

    ObjectNode body = encoder.encode(r);

    assertThat(body.has("tool_choice")).isFalse();
    assertThat(body.has("parallel_tool_calls")).isFalse();
  }

  @Test
  void samplingWithoutAResponsesEquivalentIsDropped() {
    ChatRequest r = new ChatRequest("m", List.of(Message.text(Role.USER, "x")), null, null, null,
        new Sampling(0.5, 0.8, 40, 256, List.of("END"), 7L, 0.1, 0.2), null, null, null, null, null);

    ObjectNode body = encoder.encode(r);

    assertThat(body.get("temperature").asDouble()).isEqualTo(0.5);
    assertThat(body.get("top_p").asDouble()).isEqualTo(0.8);
    assertThat(body.get("max_output_tokens").asInt()).isEqualTo(256);
    assertThat(body.has("stop")).isFalse();
    assertThat(body.has("top_k")).isFalse();
    assertThat(body.has("seed")).isFalse();
  }

  @Test
  void budgetBecomesEffortAndVisibleThinkingAsksForASummaryAndEncryptedReasoning() {
    ChatRequest r = new ChatRequest("m", List.of(Message.text(Role.USER, "x")), null, null, null,
        null, null, new Reasoning(null, 20000, true), null, null, null);

    ObjectNode body = encoder.encode(r);

    assertThat(body.get("reasoning").get("effort").asText()).isEqualTo("high");
    assertThat(body.get("reasoning").get("summary").asText()).isEqualTo("auto");
    assertThat(body.get("include").get(0).asText()).isEqualTo("reasoning.encrypted_content");
  }

  @Test
  void jsonSchemaGetsANameAndGoesUnderTextFormat() {
    ChatRequest r = new ChatRequest("m", List.of(Message.text(Role.USER, "x")), null, null, null,
        null, new ResponseFormat.JsonSchema(null, null, Json.object().put("type", "object"), true),
        null, null, null, null);

    JsonNode format = encoder.encode(r).get("text").get("format");

    assertThat(format.get("type").asText()).isEqualTo("json_schema");
    assertThat(format.get("name").asText()).isEqualTo("response");
    assertThat(format.get("strict").asBoolean()).isTrue();
    assertThat(format.get("schema").get("type").asText()).isEqualTo("object");
  }

  @Test
  void onlyExtrasMeaningTheSameInBothOpenAiFormatsAreForwarded() {
    ObjectNode extra = Json.object().put("prompt_cache_key", "k").put("previous_response_id", "resp_1")
        .put("store", true).put("logprobs", true).put("n", 2);
    ChatRequest r = new ChatRequest("m", List.of(Message.text(Role.USER, "x")), null, null, null,
        null, null, null, null, null, extra);

    ObjectNode body = encoder.encode(r);

    assertThat(body.get("prompt_cache_key").asText()).isEqualTo("k");
    assertThat(body.has("previous_response_id")).isFalse();
    assertThat(body.has("logprobs")).isFalse();
    assertThat(body.has("n")).isFalse();
    assertThat(body.get("store").asBoolean()).isFalse();
  }

  @Test
  void encryptedReasoningOfThisFormatIsReplayedBeforeTheCall() {
    ObjectNode body = encoder.encode(request(List.of(Message.text(Role.USER, "x"),
        new Message(Role.ASSISTANT, List.of(
            new Part.Thinking("plan", null, Format.OPENAI_RESPONSES, "enc-1"),
            new Part.ToolCall("call_1", "f", "{}"))))));

    JsonNode reasoning = body.get("input").get(1);
    assertThat(reasoning.get("type").asText()).isEqualTo("reasoning");
    assertThat(reasoning.get("encrypted_content").asText()).isEqualTo("enc-1");
    assertThat(reasoning.get("summary").get(0).get("text").asText()).isEqualTo("plan");
    assertThat(reasoning.has("id")).isFalse();
    assertThat(body.get("input").get(2).get("type").asText()).isEqualTo("function_call");
    assertThat(body.get("include").get(0).asText()).isEqualTo("reasoning.encrypted_content");
  }
}
