package dev.switchboard.translate.format.anthropic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.ChatRequest;
import dev.switchboard.translate.canonical.Reasoning;
import dev.switchboard.translate.canonical.ReasoningEffort;
import dev.switchboard.translate.canonical.Role;
import dev.switchboard.translate.format.TranslationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Validation and the smaller decoding rules of {@link AnthropicRequestDecoder}. */
class AnthropicRequestDecoderTest {

  private static final String MSG = "\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]";
  private final AnthropicRequestDecoder decoder = new AnthropicRequestDecoder();

  static Stream<Arguments> invalidBodies() {
    return Stream.of(
        Arguments.of("[]", "body: expected an object"),
        Arguments.of("{\"max_tokens\":10," + MSG + "}", "model: field required"),
        Arguments.of("{\"model\":\"m\"," + MSG + "}", "max_tokens: field required"),
        Arguments.of("{\"model\":\"m\",\"max_tokens\":\"10\"," + MSG + "}", "max_tokens: expected an integer"),
        Arguments.of("{\"model\":\"m\",\"max_tokens\":0," + MSG + "}", "max_tokens: must be at least 1"),
        Arguments.of("{\"model\":\"m\",\"max_tokens\":1}", "messages: field required"),
        Arguments.of("{\"model\":\"m\",\"max_tokens\":1,\"messages\":{}}", "messages: expected an array"),
        Arguments.of("{\"model\":\"m\",\"max_tokens\":1,\"messages\":[{\"role\":\"bot\",\"content\":\"x\"}]}",
            "messages.0.role: expected 'user' or 'assistant'"),
        Arguments.of("{\"model\":\"m\",\"max_tokens\":1,\"messages\":[{\"role\":\"user\"}]}",
            "messages.0.content: field required"),
        Arguments.of("{\"model\":\"m\",\"max_tokens\":1,\"messages\":[{\"role\":\"user\",\"content\":[{\"text\":\"x\"}]}]}",
            "messages.0.content.0.type: field required"),
        Arguments.of("{\"model\":\"m\",\"max_tokens\":1,\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"image\","
            + "\"source\":{\"type\":\"file\",\"file_id\":\"f\"}}]}]}",
            "messages.0.content.0.source.type: unsupported image source type 'file'"),
        Arguments.of("{\"model\":\"m\",\"max_tokens\":1,\"messages\":[{\"role\":\"assistant\",\"content\":[{\"type\":\"tool_use\","
            + "\"name\":\"f\",\"input\":{}}]}]}", "messages.0.content.0.id: field required"),
        Arguments.of("{\"model\":\"m\",\"max_tokens\":1,\"messages\":[{\"role\":\"assistant\",\"content\":["
            + "{\"type\":\"tool_result\",\"tool_use_id\":\"t\"}]}]}",
            "messages.0.content: tool_result blocks belong in user turns"),
        Arguments.of("{\"model\":\"m\",\"max_tokens\":1," + MSG + ",\"system\":[{\"type\":\"image\"}]}",
            "system.0.type: system blocks must be text"),
        Arguments.of("{\"model\":\"m\",\"max_tokens\":1," + MSG + ",\"tool_choice\":{\"type\":\"required\"}}",
            "tool_choice.type: expected auto, any, tool or none"),
        Arguments.of("{\"model\":\"m\",\"max_tokens\":1," + MSG + ",\"tool_choice\":{\"type\":\"tool\"}}",
            "tool_choice.name: field required"),
        Arguments.of("{\"model\":\"m\",\"max_tokens\":1," + MSG + ",\"thinking\":{\"type\":\"enabled\"}}",
            "thinking.budget_tokens: field required"),
        Arguments.of("{\"model\":\"m\",\"max_tokens\":1," + MSG + ",\"output_config\":{\"effort\":\"extreme\"}}",
            "output_config.effort: unknown effort 'extreme'"),
        Arguments.of("{\"model\":\"m\",\"max_tokens\":1," + MSG + ",\"stop_sequences\":[1]}",
            "stop_sequences.0: expected a string"),
        Arguments.of("{\"model\":\"m\",\"max_tokens\":1," + MSG + ",\"temperature\":\"hot\"}",
            "temperature: expected a number"),
        Arguments.of("{\"model\":\"m\",\"max_tokens\":1," + MSG + ",\"tools\":[{\"name\":\"f\"}]}",
            "tools.0.input_schema: field required"));
  }

  @ParameterizedTest
  @MethodSource("invalidBodies")
  void rejectsInvalidBodiesWith400NamingTheField(String body, String message) {
    TranslationException e = catchThrowableOfType(TranslationException.class,
        () -> decoder.decode(Json.parseOrNull(body)));
    assertThat(e).as(body).isNotNull();
    assertThat(e.error().status()).isEqualTo(400);
    assertThat(e.getMessage()).startsWith(message);
  }

  @Test
  void nullFieldsCountAsAbsent() {
    ChatRequest r = decoder.decode(Json.parseOrNull(
        "{\"model\":\"m\",\"max_tokens\":5," + MSG + ",\"temperature\":null,\"system\":null,\"tools\":null}"));
    assertThat(r.sampling().temperature()).isNull();
    assertThat(r.messages()).extracting(m -> m.role()).containsExactly(Role.USER);
  }

  @Test
  void effortAloneBecomesReasoningEffort() {
    ChatRequest r = decoder.decode(Json.parseOrNull(
        "{\"model\":\"m\",\"max_tokens\":5," + MSG + ",\"output_config\":{\"effort\":\"low\"}}"));
    assertThat(r.reasoning()).isEqualTo(new Reasoning(ReasoningEffort.LOW, null, null));
  }

  @Test
  void omittedThinkingDisplayAsksForNoThoughts() {
    ChatRequest r = decoder.decode(Json.parseOrNull("{\"model\":\"m\",\"max_tokens\":5000," + MSG
        + ",\"thinking\":{\"type\":\"enabled\",\"budget_tokens\":2000,\"display\":\"omitted\"}}"));
    assertThat(r.reasoning()).isEqualTo(new Reasoning(null, 2000, false));
  }

  @Test
  void userTurnOfOnlyToolResultsBecomesOneToolMessage() {
    ChatRequest r = decoder.decode(Json.parseOrNull("{\"model\":\"m\",\"max_tokens\":5,\"messages\":["
        + "{\"role\":\"user\",\"content\":[{\"type\":\"tool_result\",\"tool_use_id\":\"t1\"}]}]}"));
    assertThat(r.messages()).extracting(m -> m.role()).containsExactly(Role.TOOL);
  }
}
