package dev.switchboard.server.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.core.http.StreamResponse;
import com.anthropic.errors.AnthropicException;
import com.anthropic.errors.InternalServerException;
import com.anthropic.errors.OverloadedException;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.RawMessageStreamEvent;
import dev.switchboard.server.GatewayHarness;
import dev.switchboard.testkit.Reply;
import dev.switchboard.testkit.WireReplies;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The same scripted upstream failures (an OpenAI-wire upstream) seen through the official
 * anthropic-java client: the gateway translates, retries invisibly before the first byte, and after
 * it ends the stream with an Anthropic {@code error} event the SDK raises, never {@code message_stop}.
 */
class AnthropicClientResilienceIT {

  private static GatewayHarness gw;
  private static AnthropicClient sdk;

  @BeforeAll
  static void start() throws Exception {
    gw = GatewayHarness.start(FailureScripts.CONFIG);
    sdk = AnthropicOkHttpClient.builder().baseUrl(gw.url("")).apiKey("sk-ok").maxRetries(0)
        .timeout(Duration.ofSeconds(20)).build();
  }

  @AfterAll
  static void stop() throws Exception {
    gw.close();
  }

  @BeforeEach
  void clean() throws InterruptedException {
    gw.upstream.reset();
    Thread.sleep(5);
  }

  private static MessageCreateParams ask() {
    return MessageCreateParams.builder().model("m").maxTokens(64).addUserMessage("hi").build();
  }

  private static String streamText() {
    try (StreamResponse<RawMessageStreamEvent> s = sdk.messages().createStreaming(ask())) {
      return s.stream().flatMap(e -> e.contentBlockDelta().stream())
          .flatMap(d -> d.delta().text().stream()).map(t -> t.text()).collect(Collectors.joining());
    }
  }

  private static List<String> keysSeen() {
    return gw.upstream.requests().stream().map(r -> r.header("authorization")).toList();
  }

  @Test
  void aRateLimitOnceIsInvisible() {
    gw.upstream.enqueue(FailureScripts.PATH, FailureScripts.error(429, "rate_limit_exceeded", Map.of("retry-after-ms", "1")));
    Message m = sdk.messages().create(ask());
    assertThat(m.content().get(0).text().orElseThrow().text()).isEqualTo(WireReplies.TEXT);
    assertThat(keysSeen()).containsExactly("Bearer key-1", "Bearer key-2");
  }

  @Test
  void aServerErrorThatPersistsIsRaisedAsTheSdksServerError() {
    gw.upstream.otherwise(r -> FailureScripts.serverError());
    assertThatThrownBy(() -> sdk.messages().create(ask())).isInstanceOf(InternalServerException.class);
    assertThat(gw.upstream.requests()).hasSize(3);
  }

  @Test
  void anOverloadThatPersistsIsRaisedAsOverloaded() {
    gw.upstream.otherwise(r -> FailureScripts.error(529, "overloaded_error", Map.of()));
    assertThatThrownBy(AnthropicClientResilienceIT::streamText).isInstanceOf(OverloadedException.class);
    assertThat(gw.upstream.requests()).hasSize(3);
  }

  @Test
  void aSlowFirstByteOfAStreamIsRetriedInvisibly() {
    gw.upstream.enqueue(FailureScripts.PATH, new Reply.Stream(FailureScripts.frames(), 3000, 0, -1));
    assertThat(streamText()).isEqualTo(WireReplies.TEXT);
    assertThat(gw.upstream.requests()).hasSize(2);
  }

  @Test
  void aResetConnectionIsRetried() {
    gw.upstream.enqueue(FailureScripts.PATH, new Reply.Reset());
    assertThat(streamText()).isEqualTo(WireReplies.TEXT);
    assertThat(gw.upstream.requests()).hasSize(2);
  }

  @Test
  void anInStreamErrorBeforeContentIsRetriedInvisibly() {
    gw.upstream.enqueue(FailureScripts.PATH, Reply.sse(FailureScripts.errorBeforeContent()));
    assertThat(streamText()).isEqualTo(WireReplies.TEXT);
    assertThat(gw.upstream.requests()).hasSize(2);
  }

  @Test
  void aStreamCutAfterContentRaisesInTheSdkAndNeverLooksComplete() {
    gw.upstream.enqueue(FailureScripts.PATH, new Reply.Stream(FailureScripts.frames(), 0, 50, 2));
    assertThatThrownBy(AnthropicClientResilienceIT::streamText).isInstanceOf(AnthropicException.class);
    assertThat(gw.upstream.requests()).hasSize(1);
  }

  @Test
  void anInStreamErrorAfterContentRaisesInTheSdk() {
    gw.upstream.enqueue(FailureScripts.PATH, Reply.sse(FailureScripts.errorAfterContent()));
    assertThatThrownBy(AnthropicClientResilienceIT::streamText).isInstanceOf(AnthropicException.class)
        .hasMessageContaining("overloaded mid-stream");
    assertThat(gw.upstream.requests()).hasSize(1);
  }
}
