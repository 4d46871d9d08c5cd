package dev.switchboard.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.models.messages.MessageCountTokensParams;
import com.anthropic.models.messages.MessageTokensCount;
import com.google.genai.Client;
import com.google.genai.types.CountTokensResponse;
import com.google.genai.types.HttpOptions;
import dev.switchboard.server.GatewayHarness;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Token counting endpoints through the Anthropic and Google GenAI SDKs. */
class CountTokensIT {

  private static GatewayHarness gw;

  @BeforeAll
  static void start() throws Exception {
    gw = GatewayHarness.start("""
        client-keys: [ { key: sk-ok, name: ok } ]
        providers:
          - id: local
            type: mock
            models: [ { name: m } ]
        """);
  }

  @AfterAll
  static void stop() throws Exception {
    gw.close();
  }

  @Test
  void anthropicSdkCountsTokensAndLongerPromptsCountMore() {
    AnthropicClient sdk = AnthropicOkHttpClient.builder().baseUrl(gw.url("")).apiKey("sk-ok").maxRetries(0)
        .timeout(Duration.ofSeconds(20)).build();
    try {
      MessageTokensCount small = sdk.messages().countTokens(MessageCountTokensParams.builder()
          .model("m").addUserMessage("Hello there").build());
      MessageTokensCount large = sdk.messages().countTokens(MessageCountTokensParams.builder()
          .model("m").system("You are a careful assistant.").addUserMessage("Hello there ".repeat(200)).build());
      assertThat(small.inputTokens()).isBetween(3L, 20L);
      assertThat(large.inputTokens()).isGreaterThan(small.inputTokens() + 300);
    } finally {
      sdk.close();
    }
  }

  @Test
  void geminiSdkCountsTokens() {
    Client sdk = Client.builder().apiKey("sk-ok")
        .httpOptions(HttpOptions.builder().baseUrl(gw.url("")).build()).build();
    CountTokensResponse r = sdk.models.countTokens("m", "Hello there, how are you today?", null);
    assertThat(r.totalTokens()).hasValueSatisfying(n -> assertThat(n).isBetween(5, 30));
  }

  @Test
  void countingNeedsAValidKeyAndAValidBody() throws Exception {
    HttpResponse<String> noKey = gw.post("/v1/messages/count_tokens", "{\"model\":\"m\",\"messages\":[]}");
    assertThat(noKey.statusCode()).isEqualTo(401);
    assertThat(noKey.body()).contains("\"type\":\"error\"");
    HttpResponse<String> bad = gw.post("/v1/messages/count_tokens", "not json", "x-api-key", "sk-ok");
    assertThat(bad.statusCode()).isEqualTo(400);
    HttpResponse<String> gemini = gw.post("/v1beta/models/m:countTokens", "{\"contents\":5}", "x-goog-api-key", "sk-ok");
    assertThat(gemini.statusCode()).isEqualTo(400);
    assertThat(gemini.body()).contains("INVALID_ARGUMENT");
  }
}
