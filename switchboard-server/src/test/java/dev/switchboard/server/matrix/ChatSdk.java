package dev.switchboard.server.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.JsonValue;
import com.openai.core.http.StreamResponse;
import com.openai.errors.OpenAIServiceException;
import com.openai.helpers.ChatCompletionAccumulator;
import com.openai.models.FunctionDefinition;
import com.openai.models.FunctionParameters;
import com.openai.models.ReasoningEffort;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionContentPart;
import com.openai.models.chat.completions.ChatCompletionContentPartImage;
import com.openai.models.chat.completions.ChatCompletionContentPartText;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionMessage;
import com.openai.models.chat.completions.ChatCompletionStreamOptions;
import com.openai.models.chat.completions.ChatCompletionToolMessageParam;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * openai-java's Chat Completions as a matrix client. Reasoning asks {@code reasoning_effort: low};
 * thinking comes back in the de-facto {@code reasoning_content} field, read from the SDK's
 * additional properties.
 */
final class ChatSdk implements SdkClient {

  private final OpenAIClient client;

  ChatSdk(String gatewayRoot, String key) {
    client = OpenAIOkHttpClient.builder().baseUrl(gatewayRoot + "/v1").apiKey(key).maxRetries(0)
        .timeout(Duration.ofSeconds(20)).build();
  }

  @Override
  public Seen send(Ask ask) {
    ChatCompletionCreateParams params = params(ask);
    if (!ask.delivery().streamed()) {
      return seen(client.chat().completions().create(params), null);
    }
    ChatCompletionAccumulator acc = ChatCompletionAccumulator.create();
    StringBuilder thinking = new StringBuilder();
    try (StreamResponse<ChatCompletionChunk> s = client.chat().completions().createStreaming(params)) {
      s.stream().forEach(chunk -> {
        acc.accumulate(chunk);
        chunk.choices().forEach(c -> {
          JsonValue r = c.delta()._additionalProperties().get("reasoning_content");
          if (r != null && r.asString().isPresent()) {
            thinking.append(r.asString().get());
          }
        });
      });
    }
    return seen(acc.chatCompletion(), thinking.toString());
  }

  private static ChatCompletionCreateParams params(Ask ask) {
    ChatCompletionCreateParams.Builder b = ChatCompletionCreateParams.builder().model(ask.model())
        .addSystemMessage(Ask.SYSTEM).maxCompletionTokens(Ask.MAX_TOKENS);
    if (ask.images()) {
      b.addUserMessageOfArrayOfContentParts(List.of(
          ChatCompletionContentPart.ofText(ChatCompletionContentPartText.builder().text(ask.user()).build()),
          image("data:" + Ask.IMAGE_MEDIA_TYPE + ";base64," + Ask.IMAGE_BASE64),
          image(Ask.IMAGE_URL)));
    } else {
      b.addUserMessage(ask.user());
    }
    if (ask.tools()) {
      b.addFunctionTool(FunctionDefinition.builder().name(Ask.TOOL).description(Ask.TOOL_DESCRIPTION)
          .parameters(FunctionParameters.builder().putAdditionalProperty("type", JsonValue.from("object"))
              .putAdditionalProperty("properties", JsonValue.from(Map.of("city", Map.of("type", "string"))))
              .putAdditionalProperty("required", JsonValue.from(List.of("city"))).build())
          .build());
    }
    if (ask.reasoning()) {
      b.reasoningEffort(ReasoningEffort.LOW);
    }
    if (ask.previous() != null) {
      b.addMessage((ChatCompletionMessage) ask.previous().turn());
      for (SeenCall call : ask.previous().calls()) {
        b.addMessage(ChatCompletionToolMessageParam.builder().toolCallId(call.id()).content(Ask.TOOL_RESULT).build());
      }
    }
    if (ask.delivery().streamed()) {
      b.streamOptions(ChatCompletionStreamOptions.builder().includeUsage(true).build());
    }
    return b.build();
  }

  private static ChatCompletionContentPart image(String url) {
    return ChatCompletionContentPart.ofImageUrl(ChatCompletionContentPartImage.builder()
        .imageUrl(ChatCompletionContentPartImage.ImageUrl.builder().url(url).build()).build());
  }

  private static Seen seen(ChatCompletion c, String streamedThinking) {
    ChatCompletion.Choice choice = c.choices().get(0);
    ChatCompletionMessage msg = choice.message();
    String thinking = streamedThinking;
    if (thinking == null) {
      JsonValue r = msg._additionalProperties().get("reasoning_content");
      thinking = r == null ? "" : String.valueOf(r.asString().orElse(""));
    }
    List<SeenCall> calls = new ArrayList<>();
    msg.toolCalls().orElse(List.of()).forEach(tc -> {
      var f = tc.asFunction();
      calls.add(new SeenCall(f.id(), f.function().name(), f.function().arguments()));
    });
    String reason = choice.finishReason().asString();
    Seen.Finish finish = "stop".equals(reason) ? Seen.Finish.STOP
        : "tool_calls".equals(reason) ? Seen.Finish.TOOL_CALLS : Seen.Finish.OTHER;
    var usage = c.usage().orElseThrow(() -> new AssertionError("no usage in the chat completion"));
    return new Seen(msg.content().orElse(""), thinking, calls, finish, usage.promptTokens(),
        usage.completionTokens(), msg);
  }

  @Override
  public void assertUpstreamError(Throwable thrown, int status, String message) {
    assertThat(thrown).isInstanceOf(OpenAIServiceException.class);
    OpenAIServiceException e = (OpenAIServiceException) thrown;
    assertThat(e.statusCode() / 100).as("status class of %s", e.statusCode()).isEqualTo(status / 100);
    assertThat(e.statusCode()).as("status").isIn((Object[]) SdkClient.statusesFor(status));
    assertThat(e.getMessage()).contains(message);
  }

  @Override
  public void close() {
    client.close();
  }
}
