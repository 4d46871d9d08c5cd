package dev.switchboard.translate.format.openai.responses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.ErrorType;
import dev.switchboard.translate.format.TranslationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResponsesResponseDecoderTest {

  private final ResponsesResponseDecoder decoder = new ResponsesResponseDecoder();

  @Test
  void aFailedUpstreamResponseRaisesItsError() {
    JsonNode failed = Json.parseOrNull("{\"id\":\"resp_1\",\"status\":\"failed\",\"output\":[],"
        + "\"error\":{\"code\":\"rate_limit_exceeded\",\"message\":\"slow down\"}}");

    assertThatThrownBy(() -> decoder.decode(failed))
        .isInstanceOfSatisfying(TranslationException.class, e -> {
          assertThat(e.error().type()).isEqualTo(ErrorType.RATE_LIMIT);
          assertThat(e.error().message()).isEqualTo("slow down");
        });
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "{}                                                   | output is required",
      "{'output':[{}]}                                      | output[0].type is required",
      "{'output':[{'type':'function_call','name':'f'}]}     | output[0].call_id is required",
      "{'output':[{'type':'message','content':[{'type':'output_text','text':1}]}]} | output[0].content[0].text must be a string",
  })
  void rejectsInvalidResponsesNamingTheField(String body, String message) {
    assertThatThrownBy(() -> decoder.decode(Json.parseOrNull(body.replace('\'', '"'))))
        .isInstanceOf(TranslationException.class).hasMessageContaining(message);
  }
}
