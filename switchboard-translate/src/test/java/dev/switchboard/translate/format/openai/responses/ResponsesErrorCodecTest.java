package dev.switchboard.translate.format.openai.responses;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.ApiError;
import dev.switchboard.translate.canonical.ErrorType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class ResponsesErrorCodecTest {

  private final ResponsesErrorCodec codec = new ResponsesErrorCodec();

  @ParameterizedTest
  @EnumSource(ErrorType.class)
  void everyErrorHasAllFourKeys(ErrorType type) {
    JsonNode e = codec.encode(new ApiError(type.defaultStatus(), type, "m")).get("error");

    assertThat(e.fieldNames()).toIterable().containsExactly("message", "type", "param", "code");
    assertThat(e.get("type").asText()).isNotEmpty();
  }

  @Test
  void aStringErrorIsItsMessage() {
    ApiError e = codec.decode(503, Json.parseOrNull("{\"error\":\"upstream busy\"}"));

    assertThat(e.type()).isEqualTo(ErrorType.OVERLOADED);
    assertThat(e.message()).isEqualTo("upstream busy");
  }

  @Test
  void numericCodesAndParamsAreKeptAsText() {
    ApiError e = codec.decode(400, Json.parseOrNull(
        "{\"error\":{\"message\":\"bad\",\"type\":\"invalid_request_error\",\"param\":\"input\",\"code\":400}}"));

    assertThat(e.type()).isEqualTo(ErrorType.INVALID_REQUEST);
    assertThat(e.param()).isEqualTo("input");
    assertThat(e.code()).isEqualTo("400");
  }

  @Test
  void aBodyWithoutAnErrorFallsBackToTheStatus() {
    assertThat(codec.decode(429, Json.parseOrNull("[1,2]")).type()).isEqualTo(ErrorType.RATE_LIMIT);
    assertThat(codec.decode(502, null).status()).isEqualTo(502);
  }
}
