package dev.switchboard.server.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.StreamResponse;
import com.openai.errors.InternalServerException;
import com.openai.errors.OpenAIException;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import dev.switchboard.server.GatewayHarness;
import dev.switchboard.testkit.RecordedRequest;
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
 * Scripted upstream failures seen through the official openai-java client (SDK retries off): what
 * the fake upstream saw, and what the SDK saw. A failure before the first byte is invisible; after
 * it the SDK raises, never a clean end.
 */
class OpenAiClientResilienceIT {

  private static GatewayHarness gw;
  private static OpenAIClient sdk;

  @BeforeAll
  static void start() throws Exception {
    gw = GatewayHarness.start(FailureScripts.CONFIG);
    sdk = OpenAIOkHttpClient.builder().baseUrl(gw.url("/v1")).apiKey("sk-ok").maxRetries(0)
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

  private static ChatCompletionCreateParams ask() {
    return ChatCompletionCreateParams.builder().model("m").addUserMessage("hi").build();
  }

  private static List<String> keysSeen() {
    return gw.upstream.requests().stream().map(r -> r.header("authorization")).toList();
  }

  private static String streamText() {
    try (StreamResponse<ChatCompletionChunk> s = sdk.chat().completions().createStreaming(ask())) {
      return s.stream().flatMap(c -> c.choices().stream())
          .map(c -> c.delta().content().orElse("")).collect(Collectors.joining());
    }
  }

  @Test
  void aRateLimitOnceMovesToTheOtherCredentialInvisibly() {
    gw.upstream.enqueue(FailureScripts.PATH, FailureScripts.error(429, "rate_limit_exceeded", Map.of("retry-after", "0")));
    ChatCompletion c = sdk.chat().completions().create(ask());
    assertThat(c.choices().get(0).message().content()).contains(WireReplies.TEXT);
    assertThat(keysSeen()).containsExactly("Bearer key-1", "Bearer key-2");
  }

  @Test
  void aRateLimitOnceBeforeAStreamIsInvisibleToo() {
    gw.upstream.enqueue(FailureScripts.PATH, FailureScripts.error(429, "rate_limit_exceeded", Map.of()));
    assertThat(streamText()).isEqualTo(WireReplies.TEXT);
    assertThat(keysSeen()).hasSize(2).doesNotHaveDuplicates();
  }

  @Test
  void aServerErrorThatPersistsIsRetriedUpToTheAttemptsThenRaisedAsA500() {
    gw.upstream.otherwise(r -> FailureScripts.serverError());
    assertThatThrownBy(() -> sdk.chat().completions().create(ask()))
        .isInstanceOf(InternalServerException.class)
        .hasMessageContaining("all upstream attempts failed for m");
    assertThat(gw.upstream.requests()).hasSize(3);
  }

  @Test
  void aServerErrorThatPersistsFailsAStreamBeforeItStarts() {
    gw.upstream.otherwise(r -> FailureScripts.serverError());
    assertThatThrownBy(OpenAiClientResilienceIT::streamText).isInstanceOf(InternalServerException.class);
    assertThat(gw.upstream.requests()).hasSize(3);
  }

  @Test
  void anOverloaded529IsRetriedOnTheOtherCredential() {
    gw.upstream.enqueue(FailureScripts.PATH, FailureScripts.error(529, "overloaded_error", Map.of()));
    assertThat(sdk.chat().completions().create(ask()).choices()).hasSize(1);
    assertThat(keysSeen()).containsExactly("Bearer key-1", "Bearer key-2");
  }

  @Test
  void aSlowFirstByteTimesOutAndTheNextAttemptAnswers() {
    gw.upstream.enqueue(FailureScripts.PATH, new Reply.Body(200, WireReplies.openAiChat("m"), Map.of(), 3000));
    assertThat(sdk.chat().completions().create(ask()).choices().get(0).message().content()).contains(WireReplies.TEXT);
    assertThat(gw.upstream.requests()).hasSize(2);
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
    assertThat(sdk.chat().completions().create(ask()).choices()).hasSize(1);
    assertThat(gw.upstream.requests()).hasSize(2);
  }

  @Test
  void aStreamCutBeforeAnyContentFallsBackInvisibly() {
    gw.upstream.enqueue(FailureScripts.PATH, new Reply.Stream(FailureScripts.frames(), 0, 0, 1));
    assertThat(streamText()).isEqualTo(WireReplies.TEXT);
    assertThat(gw.upstream.requests()).hasSize(2);
  }

  @Test
  void aStreamCutAfterContentRaisesInTheSdkAndIsNotRetried() {
    gw.upstream.enqueue(FailureScripts.PATH, new Reply.Stream(FailureScripts.frames(), 0, 50, 2));
    assertThatThrownBy(OpenAiClientResilienceIT::streamText).isInstanceOf(OpenAIException.class);
    assertThat(gw.upstream.requests()).hasSize(1);
  }

  @Test
  void anInStreamErrorBeforeContentIsRetriedInvisibly() {
    gw.upstream.enqueue(FailureScripts.PATH, Reply.sse(FailureScripts.errorBeforeContent()));
    assertThat(streamText()).isEqualTo(WireReplies.TEXT);
    assertThat(gw.upstream.requests()).hasSize(2);
  }

  @Test
  void anInStreamErrorAfterContentRaisesInTheSdk() {
    gw.upstream.enqueue(FailureScripts.PATH, Reply.sse(FailureScripts.errorAfterContent()));
    assertThatThrownBy(OpenAiClientResilienceIT::streamText).isInstanceOf(OpenAIException.class)
        .hasMessageContaining("overloaded mid-stream");
    assertThat(gw.upstream.requests()).hasSize(1);
  }

  @Test
  void aSilenceBeforeAnyContentIsAnIdleTimeoutRetriedInvisibly() {
    gw.upstream.enqueue(FailureScripts.PATH, new Reply.Stream(FailureScripts.frames(), 0, 2500, -1));
    assertThat(streamText()).isEqualTo(WireReplies.TEXT);
    assertThat(gw.upstream.requests()).hasSize(2);
  }

  @Test
  void aSilentStreamAfterContentHitsTheIdleTimeoutAndRaises() {
    List<String> f = FailureScripts.frames();
    List<String> contentThenSilence = new java.util.ArrayList<>(List.of(f.get(0) + f.get(1)));
    contentThenSilence.addAll(f.subList(2, f.size()));
    gw.upstream.enqueue(FailureScripts.PATH, new Reply.Stream(contentThenSilence, 0, 2500, -1));
    long t0 = System.nanoTime();
    assertThatThrownBy(OpenAiClientResilienceIT::streamText).isInstanceOf(OpenAIException.class);
    assertThat((System.nanoTime() - t0) / 1_000_000).as("ended by the 700ms idle timeout").isLessThan(2400);
    assertThat(gw.upstream.requests()).extracting(RecordedRequest::path).hasSize(1);
  }
}
