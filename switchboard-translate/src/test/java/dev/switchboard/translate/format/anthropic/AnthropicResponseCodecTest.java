package dev.switchboard.translate.format.anthropic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.ChatResponse;
import dev.switchboard.translate.canonical.ErrorType;
import dev.switchboard.translate.canonical.FinishReason;
import dev.switchboard.translate.canonical.Part;
import dev.switchboard.translate.canonical.Usage;
import dev.switchboard.translate.format.Format;
import dev.switchboard.translate.format.TranslationException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Non-streamed responses: decoding rules and encoding of answers from other formats. */
class AnthropicResponseCodecTest {

  private final AnthropicResponseDecoder decoder = new AnthropicResponseDecoder();
  private final AnthropicResponseEncoder encoder = new AnthropicResponseEncoder();

  private static String body(String stopReason) {
    return "{\"id\":\"msg_1\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\"c\","
        + "\"content\":[{\"type\":\"text\",\"text\":\"x\"}],\"stop_reason\":" + stopReason + "}";
  }

  @ParameterizedTest
  @CsvSource({
      "'\"end_turn\"', STOP", "'\"stop_sequence\"', STOP_SEQUENCE", "'\"max_tokens\"', LENGTH",
      "'\"model_context_window_exceeded\"', LENGTH", "'\"tool_use\"', TOOL_CALLS",
      "'\"refusal\"', CONTENT_FILTER", "'\"pause_turn\"', PAUSE", "null, STOP", "'\"new_reason\"', STOP"})
  void stopReasonsDecode(String wire, FinishReason reason) {
    assertThat(decoder.decode(Json.parseOrNull(body(wire))).finishReason()).isEqualTo(reason);
  }

  @ParameterizedTest
  @CsvSource({"STOP, end_turn", "STOP_SEQUENCE, stop_sequence", "LENGTH, max_tokens",
      "TOOL_CALLS, tool_use", "CONTENT_FILTER, refusal", "PAUSE, pause_turn"})
  void finishReasonsEncodeToLegalStopReasons(FinishReason reason, String wire) {
    ChatResponse r = new ChatResponse("x", "m", 0, List.of(new Part.Text("a")), reason, null);
    assertThat(encoder.encode(r).path("stop_reason").asText()).isEqualTo(wire);
  }

  @Test
  void errorBodyRaisesTheUpstreamError() {
    TranslationException e = catchThrowableOfType(TranslationException.class, () -> decoder.decode(
        Json.parseOrNull("{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}")));
    assertThat(e.error().status()).isEqualTo(529);
    assertThat(e.error().type()).isEqualTo(ErrorType.OVERLOADED);
  }

  @Test
  void malformedResponsesAreInvalid() {
    assertThat(catchThrowableOfType(TranslationException.class,
        () -> decoder.decode(Json.parseOrNull("{\"type\":\"message\"}")))).hasMessage("content: field required");
    assertThat(catchThrowableOfType(TranslationException.class, () -> decoder.decode(Json.parseOrNull(
        "{\"content\":[{\"type\":\"tool_result\",\"tool_use_id\":\"t\"}]}"))))
        .hasMessage("content.0: a response cannot hold a tool_result");
  }

  @Test
  void answerFromAnotherFormatGetsAnthropicShapes() {
    ChatResponse r = new ChatResponse("chatcmpl-9", "gpt-x", 1, List.of(
        new Part.Thinking("reasoning text", "enc", Format.OPENAI_RESPONSES, null),
        new Part.Thinking("", null, Format.OPENAI_RESPONSES, "encrypted-blob"),
        new Part.Text(""),
        new Part.Text("\n\n"),
        new Part.Text("Hello"),
        new Part.ToolCall("call.1:x", "f", "{\"a\":1}"),
        new Part.ToolCall("call_2", "g", "not json")),
        FinishReason.TOOL_CALLS, new Usage(100, 40, 30, 20, 10, false));
    ObjectNode body = encoder.encode(r);
    assertThat(body.path("id").asText()).isEqualTo("msg_chatcmpl-9");
    assertThat(body.path("content").toString()).isEqualTo(
        "[{\"type\":\"thinking\",\"thinking\":\"reasoning text\",\"signature\":\"\"},"
            + "{\"type\":\"text\",\"text\":\"\\n\\n\"},{\"type\":\"text\",\"text\":\"Hello\"},"
            + "{\"type\":\"tool_use\",\"id\":\"call_1_x\",\"name\":\"f\",\"input\":{\"a\":1}},"
            + "{\"type\":\"tool_use\",\"id\":\"call_2\",\"name\":\"g\",\"input\":{}}]");
    assertThat(body.path("usage").toString()).isEqualTo("{\"input_tokens\":50,"
        + "\"cache_creation_input_tokens\":20,\"cache_read_input_tokens\":30,\"output_tokens\":40}");
  }

  @Test
  void emptySignatureThinkingComesBackUnsigned() {
    ChatResponse r = new ChatResponse("x", "m", 0,
        List.of(new Part.Thinking("visible reasoning"), new Part.Text("a")), FinishReason.STOP, null);
    ChatResponse again = decoder.decode(encoder.encode(r));
    assertThat(again.content().get(0)).isEqualTo(new Part.Thinking("visible reasoning", null, null, null));
  }

  /** Found by the matrix IT: a Responses summary beside encrypted content vanished for Claude clients. */
  @Test
  void foreignEncryptedReasoningKeepsItsVisibleText() {
    ChatResponse r = new ChatResponse("x", "m", 0, List.of(
        new Part.Thinking("summary", null, Format.OPENAI_RESPONSES, "gAAAA-encrypted"),
        new Part.Thinking("", null, Format.OPENAI_RESPONSES, "gAAAA-only"), new Part.Text("a")),
        FinishReason.STOP, null);
    JsonNode content = encoder.encode(r).path("content");
    assertThat(content).hasSize(2);
    assertThat(content.get(0).path("type").asText()).isEqualTo("thinking");
    assertThat(content.get(0).path("thinking").asText()).isEqualTo("summary");
    assertThat(content.get(0).path("signature").asText()).isEmpty();
  }

  @Test
  void missingIdAndUsageStillGiveAValidMessage() {
    ObjectNode body = encoder.encode(new ChatResponse(null, null, 0, List.of(), null, null));
    assertThat(body.path("id").asText()).startsWith("msg_");
    assertThat(body.path("stop_reason").asText()).isEqualTo("end_turn");
    assertThat(body.path("usage").path("output_tokens").asInt()).isZero();
  }
}
