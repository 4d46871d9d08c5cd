package dev.switchboard.translate.format.openai.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.ApiError;
import dev.switchboard.translate.canonical.ErrorType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpenAiChatErrorCodecTest {

  private final OpenAiChatErrorCodec codec = new OpenAiChatErrorCodec();

  @ParameterizedTest
  @CsvSource(nullValues = "null", value = {
      "INVALID_REQUEST,invalid_request_error,null",
      "AUTHENTICATION,invalid_request_error,invalid_api_key",
      "PERMISSION,permission_error,null",
      "NOT_FOUND,not_found_error,null",
      "RATE_LIMIT,rate_limit_error,rate_limit_exceeded",
      "QUOTA_EXHAUSTED,insufficient_quota,insufficient_quota",
      "BILLING,insufficient_quota,insufficient_quota",
      "SERVER,server_error,null",
      "OVERLOADED,server_error,null",
      "BAD_GATEWAY,server_error,null",
      "TIMEOUT,server_error,null"})
  void encodesAllFourKeys(ErrorType type, String wireType, String code) {
    JsonNode err = codec.encode(new ApiError(type.defaultStatus(), type, "boom")).get("error");
    assertThat(err.get("message").asText()).isEqualTo("boom");
    assertThat(err.get("type").asText()).isEqualTo(wireType);
    assertThat(err.has("param")).isTrue();
    assertThat(err.get("param").isNull()).isTrue();
    assertThat(err.has("code")).isTrue();
    assertThat(err.get("code").isNull() ? null : err.get("code").asText()).isEqualTo(code);
  }

  @Test
  void keepsAGivenParamAndCode() {
    JsonNode err = codec.encode(new ApiError(400, ErrorType.INVALID_REQUEST, "too long",
        "messages", "context_length_exceeded")).get("error");
    assertThat(err.get("param").asText()).isEqualTo("messages");
    assertThat(err.get("code").asText()).isEqualTo("context_length_exceeded");
  }

  @Test
  void decodesBodiesOfOpenAiCompatibleServers() {
    assertThat(codec.decode(400, Json.parseOrNull("{\"error\":\"bad thing\"}")).message())
        .isEqualTo("bad thing");
    ApiError fastApi = codec.decode(422, Json.parseOrNull("{\"detail\":\"field required\"}"));
    assertThat(fastApi.type()).isEqualTo(ErrorType.INVALID_REQUEST);
    assertThat(fastApi.message()).isEqualTo("field required");
    ApiError none = codec.decode(503, null);
    assertThat(none.type()).isEqualTo(ErrorType.OVERLOADED);
    assertThat(none.status()).isEqualTo(503);
    assertThat(none.message()).contains("503");
  }

  @Test
  void streamErrorsWithoutStatusUseTypeOrNumericCode() {
    ApiError typed = codec.decode(0, Json.parseOrNull(
        "{\"error\":{\"message\":\"slow down\",\"type\":\"requests\",\"code\":\"rate_limit_exceeded\"}}"));
    assertThat(typed.type()).isEqualTo(ErrorType.RATE_LIMIT);
    assertThat(typed.status()).isEqualTo(429);
    ApiError openRouter = codec.decode(0, Json.parseOrNull(
        "{\"error\":{\"code\":502,\"message\":\"Provider disconnected\"}}"));
    assertThat(openRouter.status()).isEqualTo(502);
    assertThat(openRouter.type()).isEqualTo(ErrorType.BAD_GATEWAY);
    ApiError quota = codec.decode(200, Json.parseOrNull(
        "{\"error\":{\"message\":\"q\",\"type\":\"insufficient_quota\"}}"));
    assertThat(quota.type()).isEqualTo(ErrorType.QUOTA_EXHAUSTED);
  }

  @Test
  void roundTripsThroughItsOwnEncoding() {
    for (ErrorType type : ErrorType.values()) {
      ApiError decoded = codec.decode(type.defaultStatus(),
          codec.encode(new ApiError(type.defaultStatus(), type, "m")));
      ErrorType expected = type == ErrorType.BILLING ? ErrorType.QUOTA_EXHAUSTED : type;
      assertThat(decoded.type()).as(type.name()).isEqualTo(expected);
      assertThat(decoded.status()).isEqualTo(type.defaultStatus());
    }
  }
}
