package dev.switchboard.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.errors.UnauthorizedException;
import com.anthropic.models.models.ModelInfo;
import com.google.genai.Client;
import com.google.genai.types.HttpOptions;
import com.google.genai.types.HttpRetryOptions;
import com.google.genai.types.ListModelsConfig;
import com.google.genai.types.Model;
import dev.switchboard.server.GatewayHarness;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The model lists of issue 3 item 2 read by the official SDKs: {@code GET /v1/models} in
 * Anthropic's shape (anthropic-java sends {@code anthropic-version}) and {@code GET /v1beta/models}
 * in Gemini's (google-genai {@code models.list}).
 */
class ModelListsIT {

  private static final String YAML = """
      client-keys:
        - { key: sk-lists, name: lists }
      providers:
        - id: claude
          type: anthropic
          base-url: ${UPSTREAM}
          models: [ { name: claude-x, alias: cx } ]
          credentials: [ { key: up-1 } ]
        - id: gem
          type: gemini
          base-url: ${UPSTREAM}
          models: [ { name: gemini-y } ]
          credentials: [ { key: up-2 } ]
      """;

  private static GatewayHarness gw;

  @BeforeAll
  static void start() throws Exception {
    gw = GatewayHarness.start(YAML);
  }

  @AfterAll
  static void stop() throws Exception {
    gw.close();
  }

  private static AnthropicClient anthropic(String key) {
    return AnthropicOkHttpClient.builder().baseUrl(gw.url("")).apiKey(key).maxRetries(0)
        .timeout(Duration.ofSeconds(20)).build();
  }

  @Test
  void anthropicSdkListsTheModelsInAnthropicsShape() {
    AnthropicClient client = anthropic("sk-lists");
    try {
      var page = client.models().list();
      page.data().forEach(ModelInfo::validate);
      assertThat(page.data()).extracting(ModelInfo::id).contains("claude-x", "cx", "gemini-y");
      assertThat(page.hasNextPage()).isFalse();
    } finally {
      client.close();
    }
    assertThat(gw.upstream.requests()).as("the list is served by the gateway").isEmpty();
  }

  @Test
  void anthropicSdkSeesItsOwnErrorForABadKey() {
    AnthropicClient client = anthropic("sk-wrong");
    try {
      assertThatThrownBy(() -> client.models().list()).isInstanceOf(UnauthorizedException.class);
    } finally {
      client.close();
    }
  }

  @Test
  void geminiSdkListsTheModelsInGeminisShape() {
    Client client = Client.builder().apiKey("sk-lists").httpOptions(HttpOptions.builder().baseUrl(gw.url(""))
        .timeout(20_000).retryOptions(HttpRetryOptions.builder().attempts(1).build()).build()).build();
    List<Model> models = new ArrayList<>();
    try {
      client.models.list(ListModelsConfig.builder().build()).forEach(models::add);
    } finally {
      client.close();
    }
    assertThat(models).extracting(m -> m.name().orElse("")).contains("models/claude-x", "models/gemini-y");
    Model gemini = models.stream().filter(m -> m.name().orElse("").endsWith("gemini-y")).findFirst().orElseThrow();
    assertThat(gemini.supportedActions().orElse(List.of())).contains("generateContent");
  }
}
