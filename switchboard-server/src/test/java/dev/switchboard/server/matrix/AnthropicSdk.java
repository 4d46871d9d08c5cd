package dev.switchboard.server.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.core.JsonValue;
import com.anthropic.core.http.StreamResponse;
import com.anthropic.errors.AnthropicServiceException;
import com.anthropic.helpers.MessageAccumulator;
import com.anthropic.models.messages.Base64ImageSource;
import com.anthropic.models.messages.ContentBlock;
import com.anthropic.models.messages.ContentBlockParam;
import com.anthropic.models.messages.ImageBlockParam;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.RawMessageStreamEvent;
import com.anthropic.models.messages.StopReason;
import com.anthropic.models.messages.TextBlockParam;
import com.anthropic.models.messages.Tool;
import com.anthropic.models.messages.ToolResultBlockParam;
import com.anthropic.models.messages.UrlImageSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * anthropic-java's Messages API as a matrix client (base URL = the gateway root). Reasoning asks
 * {@code thinking: enabled} with {@link Ask#THINKING_BUDGET}; thinking comes back as thinking
 * blocks. A stream is read with the SDK's accumulator.
 */
final class AnthropicSdk implements SdkClient {

  private final AnthropicClient client;

  AnthropicSdk(String gatewayRoot, String key) {
    client = AnthropicOkHttpClient.builder().baseUrl(gatewayRoot).apiKey(key).maxRetries(0)
        .timeout(Duration.ofSeconds(20)).build();
  }

  @Override
  public Seen send(Ask ask) {
    MessageCreateParams params = params(ask);
    if (!ask.delivery().streamed()) {
      return seen(client.messages().create(params));
    }
    MessageAccumulator acc = MessageAccumulator.create();
    try (StreamResponse<RawMessageStreamEvent> s = client.messages().createStreaming(params)) {
      s.stream().forEach(acc::accumulate);
    }
    return seen(acc.message());
  }

  private static MessageCreateParams params(Ask ask) {
    MessageCreateParams.Builder b = MessageCreateParams.builder().model(ask.model()).maxTokens(Ask.MAX_TOKENS)
        .system(Ask.SYSTEM);
    if (ask.images()) {
      b.addUserMessageOfContentBlockParams(List.of(
          ContentBlockParam.ofText(TextBlockParam.builder().text(ask.user()).build()),
          ContentBlockParam.ofImage(ImageBlockParam.builder().source(Base64ImageSource.builder()
              .mediaType(Base64ImageSource.MediaType.IMAGE_PNG).data(Ask.IMAGE_BASE64).build()).build()),
          ContentBlockParam.ofImage(ImageBlockParam.builder()
              .source(UrlImageSource.builder().url(Ask.IMAGE_URL).build()).build())));
    } else {
      b.addUserMessage(ask.user());
    }
    if (ask.tools()) {
      b.addTool(Tool.builder().name(Ask.TOOL).description(Ask.TOOL_DESCRIPTION)
          .inputSchema(Tool.InputSchema.builder().properties(Tool.InputSchema.Properties.builder()
              .putAdditionalProperty("city", JsonValue.from(Map.of("type", "string"))).build())
              .required(List.of("city")).build())
          .build());
    }
    if (ask.reasoning()) {
      b.enabledThinking(Ask.THINKING_BUDGET);
    }
    if (ask.previous() != null) {
      b.addMessage(((Message) ask.previous().turn()).toParam());
      List<ContentBlockParam> results = new ArrayList<>();
      for (SeenCall call : ask.previous().calls()) {
        results.add(ContentBlockParam.ofToolResult(ToolResultBlockParam.builder().toolUseId(call.id())
            .content(Ask.TOOL_RESULT).build()));
      }
      b.addUserMessageOfContentBlockParams(results);
    }
    return b.build();
  }

  private static Seen seen(Message m) {
    StringBuilder text = new StringBuilder();
    StringBuilder thinking = new StringBuilder();
    List<SeenCall> calls = new ArrayList<>();
    for (ContentBlock block : m.content()) {
      block.text().ifPresent(t -> text.append(t.text()));
      block.thinking().ifPresent(t -> thinking.append(t.thinking()));
      block.toolUse().ifPresent(t -> calls.add(new SeenCall(t.id(), t.name(), jsonText(t._input()))));
    }
    StopReason reason = m.stopReason().orElse(null);
    Seen.Finish finish = StopReason.END_TURN.equals(reason) ? Seen.Finish.STOP
        : StopReason.TOOL_USE.equals(reason) ? Seen.Finish.TOOL_CALLS : Seen.Finish.OTHER;
    return new Seen(text.toString(), thinking.toString(), calls, finish, m.usage().inputTokens(),
        m.usage().outputTokens(), m);
  }

  private static String jsonText(JsonValue v) {
    try {
      return com.anthropic.core.ObjectMappers.jsonMapper().writeValueAsString(v);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  /** The thinking blocks' signatures, in order. */
  static List<String> signatures(Seen seen) {
    List<String> out = new ArrayList<>();
    ((Message) seen.turn()).content().forEach(b -> b.thinking().ifPresent(t -> out.add(t.signature())));
    return out;
  }

  @Override
  public void assertUpstreamError(Throwable thrown, int status, String message) {
    assertThat(thrown).isInstanceOf(AnthropicServiceException.class);
    AnthropicServiceException e = (AnthropicServiceException) thrown;
    assertThat(e.statusCode() / 100).as("status class of %s", e.statusCode()).isEqualTo(status / 100);
    assertThat(e.statusCode()).as("status").isIn((Object[]) SdkClient.statusesFor(status));
    assertThat(e.getMessage()).contains(message);
  }

  @Override
  public void close() {
    client.close();
  }
}
