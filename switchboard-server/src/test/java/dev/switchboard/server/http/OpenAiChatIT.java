package dev.switchboard.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.StreamResponse;
import com.openai.errors.NotFoundException;
import com.openai.errors.UnauthorizedException;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import dev.switchboard.server.GatewayHarness;
import dev.switchboard.testkit.RecordedRequest;
import dev.switchboard.testkit.Reply;
import dev.switchboard.testkit.WireReplies;
import dev.switchboard.translate.Json;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** OpenAI Chat clients (the official SDK) through the gateway to an OpenAI-compatible upstream and the mock. */
class OpenAiChatIT {

  private static final String YAML = """
      client-keys:
        - { key: sk-client-1, name: team }
      providers:
        - id: compat
          type: openai-compatible
          base-url: ${UPSTREAM}/v1
          headers: { X-Org: acme }
          models:
            - { name: gpt-4o, alias: gpt4 }
            - { name: gpt-mini, upstream: gpt-4o-mini-2024-07-18 }
          credentials:
            - { key: upstream-secret-1 }
        - id: local
          type: mock
          models: [ { name: mock-model } ]
          mock: { latency: 5ms, chunks: 4, text: "Mock says hello." }
      """;

  private static GatewayHarness gw;
  private static OpenAIClient sdk;

  @BeforeAll
  static void start() throws Exception {
    gw = GatewayHarness.start(YAML);
    sdk = OpenAIOkHttpClient.builder().baseUrl(gw.url("/v1")).apiKey("sk-client-1").maxRetries(0)
        .timeout(java.time.Duration.ofSeconds(20)).build();
  }

  @AfterAll
  static void stop() throws Exception {
    sdk.close();
    gw.close();
  }

  @BeforeEach
  void clean() {
    gw.upstream.reset();
  }

  private static ChatCompletionCreateParams ask(String model) {
    return ChatCompletionCreateParams.builder().model(model).addUserMessage("Say hello").build();
  }

  @Test
  void completesThroughTheUpstreamWithTheCredentialAndProviderHeaders() {
    ChatCompletion c = sdk.chat().completions().create(ask("gpt-4o"));

    assertThat(c.choices().get(0).message().content()).contains(WireReplies.TEXT);
    assertThat(c.usage().get().promptTokens()).isEqualTo(12);
    RecordedRequest up = gw.upstream.last();
    assertThat(up.path()).isEqualTo("/v1/chat/completions");
    assertThat(up.header("authorization")).isEqualTo("Bearer upstream-secret-1");
    assertThat(up.header("x-org")).isEqualTo("acme");
    assertThat(up.json().get("model").asText()).isEqualTo("gpt-4o");
  }

  @Test
  void anUnmappedModelPassesThroughByteForByteBothWays() throws Exception {
    String body = "{ \"messages\" : [ {\"role\":\"user\",\"content\":\"hi \\u00e9\"} ],\n  \"model\":\"gpt-4o\", \"top_p\": 1.000 }";
    String answer = "{\"id\":\"c-1\",  \"object\":\"chat.completion\",\"created\":1,\"model\":\"gpt-4o\","
        + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"caf\\u00e9\"},"
        + "\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":7,\"completion_tokens\":2,\"total_tokens\":9},"
        + "\"system_fingerprint\":null}";
    gw.upstream.enqueue("/v1/chat/completions", Reply.json(200, answer));

    HttpResponse<String> r = gw.post("/v1/chat/completions", body,
        "Authorization", "Bearer sk-client-1", "Content-Type", "application/json");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(gw.upstream.last().body()).as("the client's bytes, not a re-serialised copy").isEqualTo(body);
    assertThat(r.body()).as("the upstream's bytes").isEqualTo(answer);
  }

  @Test
  void aliasAndMappingRewriteOnlyTheModelAndUnknownFieldsSurvive() throws Exception {
    String body = """
        {"model":"gpt-mini","messages":[{"role":"user","content":"hi"}],
         "x_vendor_extension":{"keep":[1,2,3]},"logit_bias":{"50256":-100},"temperature":0.3}""";
    HttpResponse<String> r = gw.post("/v1/chat/completions", body,
        "Authorization", "Bearer sk-client-1", "Content-Type", "application/json");

    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode sent = gw.upstream.last().json();
    JsonNode expected = Json.parseOrNull(body);
    ((com.fasterxml.jackson.databind.node.ObjectNode) expected).put("model", "gpt-4o-mini-2024-07-18");
    assertThat(sent).isEqualTo(expected);

    gw.post("/v1/chat/completions", body.replace("gpt-mini", "gpt4"), "Authorization", "Bearer sk-client-1");
    assertThat(gw.upstream.last().json().get("model").asText()).isEqualTo("gpt-4o");
  }

  @Test
  void streamsThroughTheUpstreamAsTheUpstreamSentIt() {
    String text;
    try (StreamResponse<ChatCompletionChunk> s = sdk.chat().completions().createStreaming(ask("gpt-4o"))) {
      text = s.stream().flatMap(ch -> ch.choices().stream())
          .map(ch -> ch.delta().content().orElse("")).collect(Collectors.joining());
    }
    assertThat(text).isEqualTo(WireReplies.TEXT);
    assertThat(gw.upstream.last().json().get("stream").asBoolean()).isTrue();
  }

  @Test
  void theMockAnswersCompleteAndStreamedThroughTheCanonicalModel() {
    ChatCompletion c = sdk.chat().completions().create(ask("mock-model"));
    assertThat(c.choices().get(0).message().content()).contains("Mock says hello.");
    assertThat(c.choices().get(0).finishReason()).isEqualTo(ChatCompletion.Choice.FinishReason.STOP);

    String text;
    try (StreamResponse<ChatCompletionChunk> s = sdk.chat().completions().createStreaming(ask("mock-model"))) {
      text = s.stream().flatMap(ch -> ch.choices().stream())
          .map(ch -> ch.delta().content().orElse("")).collect(Collectors.joining());
    }
    assertThat(text).isEqualTo("Mock says hello.");
    assertThat(gw.upstream.requests()).isEmpty();
  }

  @Test
  void sdkSeesNotFoundForAnUnknownModelAndUnauthorizedForABadKey() {
    assertThatThrownBy(() -> sdk.chat().completions().create(ask("no-such-model")))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("no-such-model");
    OpenAIClient bad = OpenAIOkHttpClient.builder().baseUrl(gw.url("/v1")).apiKey("sk-wrong").maxRetries(0).build();
    try {
      assertThatThrownBy(() -> bad.chat().completions().create(ask("gpt-4o"))).isInstanceOf(UnauthorizedException.class);
    } finally {
      bad.close();
    }
  }

  @Test
  void modelListShowsNamesAndAliases() {
    var ids = sdk.models().list().data().stream().map(m -> m.id()).toList();
    assertThat(ids).contains("gpt-4o", "gpt4", "gpt-mini", "mock-model");
  }
}
