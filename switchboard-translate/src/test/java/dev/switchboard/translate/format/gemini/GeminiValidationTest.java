package dev.switchboard.translate.format.gemini;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.ApiError;
import dev.switchboard.translate.canonical.ErrorType;
import dev.switchboard.translate.canonical.StreamEvent;
import dev.switchboard.translate.format.FormatCodecs;
import dev.switchboard.translate.format.TranslationException;
import dev.switchboard.translate.sse.SseFrame;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.ValueSource;

/** Invalid bodies are rejected with a 400 naming the field; odd streams end in an Error event. */
class GeminiValidationTest {

  private static final FormatCodecs CODECS = GeminiCodecs.create();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "[]|JSON object",
      "{}|contents",
      "{\"contents\":{}}|contents",
      "{\"contents\":[1]}|contents[0]",
      "{\"contents\":[{\"role\":\"bot\",\"parts\":[{\"text\":\"a\"}]}]}|contents[0].role",
      "{\"contents\":[{\"parts\":[{\"text\":5}]}]}|contents[0].parts[0].text",
      "{\"contents\":[{\"role\":\"model\",\"parts\":[{\"functionCall\":{\"name\":\"f\",\"args\":\"{}\"}}]}]}|args",
      "{\"contents\":[{\"role\":\"model\",\"parts\":[{\"functionCall\":{\"args\":{}}}]}]}|functionCall.name",
      "{\"contents\":[{\"parts\":[{\"functionCall\":{\"name\":\"f\"}}]}]}|functionCall",
      "{\"contents\":[{\"parts\":[{\"functionResponse\":{\"name\":\"f\",\"response\":[]}}]}]}|response",
      "{\"contents\":[{\"parts\":[{\"inlineData\":{\"mimeType\":\"image/png\"}}]}]}|inlineData.data",
      "{\"contents\":[{\"parts\":[{\"text\":\"a\"}]}],\"generationConfig\":{\"temperature\":\"hot\"}}|generationConfig.temperature",
      "{\"contents\":[{\"parts\":[{\"text\":\"a\"}]}],\"generationConfig\":{\"maxOutputTokens\":1e20}}|maxOutputTokens",
      "{\"contents\":[{\"parts\":[{\"text\":\"a\"}]}],\"toolConfig\":{\"functionCallingConfig\":{\"mode\":\"SOMETIMES\"}}}|mode",
      "{\"contents\":[{\"parts\":[{\"text\":\"a\"}]}],\"tools\":[{\"functionDeclarations\":[{\"description\":\"x\"}]}]}|name",
      "{\"contents\":[{\"parts\":[{\"text\":\"a\"}]}],\"generationConfig\":{\"thinkingConfig\":{\"thinkingLevel\":\"EXTREME\"}}}|thinkingLevel",
  })
  void rejectsInvalidRequests(String body, String field) {
    JsonNode json = Json.parseOrNull(body);
    assertThatThrownBy(() -> CODECS.requestDecoder().decode(json))
        .isInstanceOf(TranslationException.class)
        .hasMessageContaining(field)
        .satisfies(e -> assertThat(((TranslationException) e).error().status()).isEqualTo(400));
  }

  @Test
  void rejectsNullRequest() {
    assertThatThrownBy(() -> CODECS.requestDecoder().decode(null)).isInstanceOf(TranslationException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"[]", "{\"candidates\":{}}", "{\"candidates\":[1]}",
      "{\"candidates\":[{\"content\":{\"parts\":[{\"functionCall\":{\"name\":\"f\",\"args\":[1]}}]}}]}",
      "{\"candidates\":[],\"usageMetadata\":{\"promptTokenCount\":\"many\"}}"})
  void rejectsInvalidResponses(String body) {
    assertThatThrownBy(() -> CODECS.responseDecoder().decode(Json.parseOrNull(body)))
        .isInstanceOf(TranslationException.class);
  }

  @Test
  void errorBodyWithStatus200IsRaisedAsItsError() {
    JsonNode body = GeminiFixtures.json("error-429", "error.json");
    assertThatThrownBy(() -> CODECS.responseDecoder().decode(body))
        .isInstanceOf(TranslationException.class)
        .satisfies(e -> assertThat(((TranslationException) e).error().type()).isEqualTo(ErrorType.RATE_LIMIT));
  }

  @ParameterizedTest
  @ValueSource(strings = {"not json", "[1,2]", "42", "{\"candidates\":{}}", "{\"candidates\":[{\"content\":{\"parts\":[{\"text\":1}]}}]}"})
  void oddStreamFramesEndInAnError(String data) {
    var decoder = CODECS.streamDecoders().apply(null);
    List<StreamEvent> events = new ArrayList<>();
    decoder.decode(SseFrame.data(data), events::add);
    decoder.decode(SseFrame.data("{\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"late\"}]},\"finishReason\":\"STOP\"}]}"), events::add);
    decoder.end(events::add);
    assertThat(events.get(events.size() - 1)).isInstanceOf(StreamEvent.Error.class);
    assertThat(events).filteredOn(e -> e instanceof StreamEvent.Error).hasSize(1);
    assertThat(events).noneMatch(e -> e instanceof StreamEvent.Finish || e instanceof StreamEvent.TextDelta);
    assertThat(decoder.finished()).isTrue();
  }

  @Test
  void emptyStreamIsAnError() {
    var decoder = CODECS.streamDecoders().apply(null);
    List<StreamEvent> events = new ArrayList<>();
    decoder.end(events::add);
    assertThat(events).singleElement().isInstanceOf(StreamEvent.Error.class);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "NULL", value = {
      "NULL|503|OVERLOADED",
      "<html>|502|BAD_GATEWAY",
      "[{\"error\":{\"code\":429,\"message\":\"slow\",\"status\":\"RESOURCE_EXHAUSTED\"}}]|429|RATE_LIMIT",
      "{\"error\":{\"code\":400,\"message\":\"API key not valid.\",\"status\":\"INVALID_ARGUMENT\",\"details\":[{\"reason\":\"API_KEY_INVALID\"}]}}|400|AUTHENTICATION",
      "{\"error\":{\"code\":400,\"message\":\"billing\",\"status\":\"FAILED_PRECONDITION\"}}|400|BILLING",
      "{\"error\":{\"code\":504,\"message\":\"slow\",\"status\":\"DEADLINE_EXCEEDED\"}}|504|TIMEOUT",
      "{\"error\":{\"code\":\"x\",\"message\":7}}|500|SERVER",
  })
  void decodesUpstreamErrors(String body, int status, ErrorType type) {
    ApiError error = CODECS.errors().decode(status, body == null ? null : Json.parseOrNull(body));
    assertThat(error.type()).isEqualTo(type);
    assertThat(error.status()).isEqualTo(status);
    assertThat(error.message()).isNotBlank();
  }

  @Test
  void encodesEveryErrorTypeWithAnRpcStatus() {
    for (ErrorType type : ErrorType.values()) {
      JsonNode body = CODECS.errors().encode(new ApiError(type.defaultStatus(), type, "m"));
      assertThat(body.at("/error/code").isInt()).isTrue();
      assertThat(body.at("/error/status").asText()).isNotBlank();
    }
  }
}
