package dev.switchboard.translate.format.anthropic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.ApiError;
import dev.switchboard.translate.canonical.ErrorType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Error bodies both ways, including bodies that are missing or not Anthropic's. */
class AnthropicErrorCodecTest {

  private final AnthropicErrorCodec codec = new AnthropicErrorCodec();

  @ParameterizedTest
  @CsvSource({
      "INVALID_REQUEST, invalid_request_error", "AUTHENTICATION, authentication_error",
      "BILLING, billing_error", "QUOTA_EXHAUSTED, billing_error", "PERMISSION, permission_error",
      "NOT_FOUND, not_found_error", "REQUEST_TOO_LARGE, request_too_large",
      "RATE_LIMIT, rate_limit_error", "SERVER, api_error", "BAD_GATEWAY, api_error",
      "OVERLOADED, overloaded_error", "TIMEOUT, timeout_error"})
  void everyKindHasAnAnthropicType(ErrorType type, String wire) {
    assertThat(codec.encode(new ApiError(type.defaultStatus(), type, "m")).toString())
        .isEqualTo("{\"type\":\"error\",\"error\":{\"type\":\"" + wire + "\",\"message\":\"m\"}}");
  }

  @ParameterizedTest
  @CsvSource({
      "invalid_request_error, 400, INVALID_REQUEST", "authentication_error, 401, AUTHENTICATION",
      "billing_error, 402, BILLING", "permission_error, 403, PERMISSION", "not_found_error, 404, NOT_FOUND",
      "request_too_large, 413, REQUEST_TOO_LARGE", "rate_limit_error, 429, RATE_LIMIT",
      "api_error, 500, SERVER", "timeout_error, 504, TIMEOUT", "overloaded_error, 529, OVERLOADED"})
  void everyAnthropicTypeDecodes(String wire, int status, ErrorType type) {
    String body = "{\"type\":\"error\",\"error\":{\"type\":\"" + wire + "\",\"message\":\"m\"}}";
    assertThat(codec.decode(status, Json.parseOrNull(body))).isEqualTo(new ApiError(status, type, "m"));
    assertThat(codec.decode(0, Json.parseOrNull(body)).status()).as("status from type").isEqualTo(status);
  }

  @Test
  void bodilessErrorsFallBackToTheStatus() {
    assertThat(codec.decode(529, null)).isEqualTo(
        new ApiError(529, ErrorType.OVERLOADED, "upstream error (HTTP 529)"));
    assertThat(codec.decode(502, Json.parseOrNull("\"bad gateway\"")).type()).isEqualTo(ErrorType.BAD_GATEWAY);
    assertThat(codec.decode(429, Json.parseOrNull("{\"error\":{\"message\":\"x\",\"type\":\"requests\"}}")))
        .isEqualTo(new ApiError(429, ErrorType.RATE_LIMIT, "x"));
  }
}
