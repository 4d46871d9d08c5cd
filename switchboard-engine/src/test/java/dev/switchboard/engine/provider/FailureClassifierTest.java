package dev.switchboard.engine.provider;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.engine.config.ProviderConfig;
import dev.switchboard.engine.config.WireApi;
import dev.switchboard.engine.resilience.FailureKind;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.Translators;
import dev.switchboard.translate.canonical.ApiError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each provider type classifies real upstream error bodies (copied from the translate fixtures). */
class FailureClassifierTest {

  private static final Instant NOW = Instant.parse("2026-02-25T20:00:00Z");

  private static HttpProvider provider(String type) {
    ProviderConfig c = new ProviderConfig("p", type, "http://127.0.0.1:1", WireApi.CHAT, 0, null, List.of(), null,
        null, null, -1, -1, null, List.of(), null, null);
    return (HttpProvider) ProviderRegistry.builtIns().create(c, null);
  }

  private static UpstreamAnswer answer(HttpProvider p, int status, String fixture, Map<String, String> headers)
      throws IOException {
    String raw;
    try (InputStream in = FailureClassifierTest.class.getResourceAsStream("/failures/" + fixture)) {
      raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    ApiError decoded = Translators.codecs(p.format()).errors().decode(status, Json.parseOrNull(raw));
    return new UpstreamAnswer(status, headers, decoded, raw, NOW);
  }

  private static FailureKind kind(String type, int status, String fixture) throws IOException {
    HttpProvider p = provider(type);
    return p.classify(answer(p, status, fixture, Map.of()));
  }

  @Test
  void openAiInsufficientQuotaIsExhaustedQuotaNotARateLimit() throws IOException {
    assertThat(kind("openai", 429, "openai-429-insufficient-quota.json")).isEqualTo(FailureKind.QUOTA_EXHAUSTED);
    assertThat(kind("openai", 429, "openai-429-rate-limit.json")).isEqualTo(FailureKind.RATE_LIMITED);
    assertThat(kind("openai-compatible", 429, "openai-429-rate-limit.json")).isEqualTo(FailureKind.RATE_LIMITED);
    assertThat(kind("openai", 401, "openai-401.json")).isEqualTo(FailureKind.AUTH);
  }

  @Test
  void openAiHonoursItsRetryHeaders() throws IOException {
    HttpProvider p = provider("openai");
    UpstreamAnswer a = answer(p, 429, "openai-429-rate-limit.json",
        Map.of("x-ratelimit-remaining-requests", "0", "x-ratelimit-reset-requests", "1s"));
    assertThat(p.retryAfter(a)).contains(Duration.ofSeconds(1));
    UpstreamAnswer permanent = new UpstreamAnswer(500, Map.of("x-should-retry", "false"), null, "", NOW);
    assertThat(p.classify(permanent)).isEqualTo(FailureKind.INVALID_REQUEST);
  }

  @Test
  void anthropicOverloadRateLimitAndInvalidRequest() throws IOException {
    assertThat(kind("anthropic", 529, "anthropic-529.json")).isEqualTo(FailureKind.OVERLOADED);
    assertThat(kind("anthropic", 429, "anthropic-429.json")).isEqualTo(FailureKind.RATE_LIMITED);
    assertThat(kind("anthropic", 400, "anthropic-400.json")).isEqualTo(FailureKind.INVALID_REQUEST);
    HttpProvider p = provider("anthropic");
    String credit = "{\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\",\"message\":"
        + "\"Your credit balance is too low to access the Anthropic API.\"}}";
    ApiError d = Translators.codecs(p.format()).errors().decode(400, Json.parseOrNull(credit));
    assertThat(p.classify(new UpstreamAnswer(400, Map.of(), d, credit, NOW))).isEqualTo(FailureKind.QUOTA_EXHAUSTED);
  }

  @Test
  void anthropicRetryAfterAndResetInstants() throws IOException {
    HttpProvider p = provider("anthropic");
    assertThat(p.retryAfter(answer(p, 429, "anthropic-429.json", Map.of("retry-after", "12"))))
        .contains(Duration.ofSeconds(12));
  }

  @Test
  void geminiResourceExhaustedIsARateLimitWithItsRetryInfoDelay() throws IOException {
    HttpProvider p = provider("gemini");
    UpstreamAnswer a = answer(p, 429, "gemini-429.json", Map.of());
    assertThat(p.classify(a)).isEqualTo(FailureKind.RATE_LIMITED);
    assertThat(p.retryAfter(a)).contains(Duration.ofSeconds(37));
    assertThat(kind("gemini", 503, "gemini-503.json")).isEqualTo(FailureKind.OVERLOADED);
    assertThat(kind("gemini", 400, "gemini-400.json")).isEqualTo(FailureKind.INVALID_REQUEST);
  }

  @Test
  void geminiInvalidApiKeyIsAnAuthFailure() {
    HttpProvider p = provider("gemini");
    String body = "{\"error\":{\"code\":400,\"message\":\"API key not valid. Please pass a valid API key.\","
        + "\"status\":\"INVALID_ARGUMENT\",\"details\":[{\"@type\":\"type.googleapis.com/google.rpc.ErrorInfo\","
        + "\"reason\":\"API_KEY_INVALID\",\"domain\":\"googleapis.com\"}]}}";
    assertThat(p.classify(new UpstreamAnswer(400, Map.of(), null, body, NOW))).isEqualTo(FailureKind.AUTH);
  }

  @Test
  void sharedStatusRules() {
    HttpProvider p = provider("openai-compatible");
    assertThat(p.classify(new UpstreamAnswer(502, Map.of(), null, "", NOW))).isEqualTo(FailureKind.SERVER);
    assertThat(p.classify(new UpstreamAnswer(504, Map.of(), null, "", NOW))).isEqualTo(FailureKind.TIMEOUT);
    assertThat(p.classify(new UpstreamAnswer(403, Map.of(), null, "", NOW))).isEqualTo(FailureKind.AUTH);
    assertThat(p.classify(new UpstreamAnswer(402, Map.of(), null, "", NOW))).isEqualTo(FailureKind.QUOTA_EXHAUSTED);
    assertThat(p.classify(new UpstreamAnswer(413, Map.of(), null, "", NOW))).isEqualTo(FailureKind.INVALID_REQUEST);
    assertThat(p.classify(new UpstreamAnswer(422, Map.of(), null, "", NOW))).isEqualTo(FailureKind.INVALID_REQUEST);
  }
}
