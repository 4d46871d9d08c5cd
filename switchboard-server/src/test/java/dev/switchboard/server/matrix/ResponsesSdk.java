package dev.switchboard.server.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.JsonValue;
import com.openai.core.http.StreamResponse;
import com.openai.errors.OpenAIServiceException;
import com.openai.helpers.ResponseAccumulator;
import com.openai.models.Reasoning;
import com.openai.models.ReasoningEffort;
import com.openai.models.responses.FunctionTool;
import com.openai.models.responses.Response;
import com.openai.models.responses.ResponseCreateParams;
import com.openai.models.responses.ResponseInputImage;
import com.openai.models.responses.ResponseInputItem;
import com.openai.models.responses.ResponseInputText;
import com.openai.models.responses.ResponseOutputItem;
import com.openai.models.responses.ResponseStreamEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * openai-java's Responses API as a matrix client. Reasoning asks {@code reasoning.effort: low} with
 * a summary; thinking comes back as a reasoning item's summary. A stream is read with the SDK's
 * accumulator, and its text deltas must add up to the final text.
 */
final class ResponsesSdk implements SdkClient {

  private final OpenAIClient client;

  ResponsesSdk(String gatewayRoot, String key) {
    client = OpenAIOkHttpClient.builder().baseUrl(gatewayRoot + "/v1").apiKey(key).maxRetries(0)
        .timeout(Duration.ofSeconds(20)).build();
  }

  @Override
  public Seen send(Ask ask) {
    ResponseCreateParams params = params(ask);
    if (!ask.delivery().streamed()) {
      return seen(client.responses().create(params));
    }
    ResponseAccumulator acc = ResponseAccumulator.create();
    StringBuilder deltas = new StringBuilder();
    try (StreamResponse<ResponseStreamEvent> s = client.responses().createStreaming(params)) {
      s.stream().forEach(e -> {
        acc.accumulate(e);
        e.outputTextDelta().ifPresent(d -> deltas.append(d.delta()));
      });
    }
    Seen seen = seen(acc.response());
    assertThat(deltas.toString()).as("streamed text deltas").isEqualTo(seen.text());
    return seen;
  }

  private static ResponseCreateParams params(Ask ask) {
    ResponseCreateParams.Builder b = ResponseCreateParams.builder().model(ask.model()).instructions(Ask.SYSTEM)
        .maxOutputTokens(Ask.MAX_TOKENS);
    List<ResponseInputItem> input = new ArrayList<>();
    ResponseInputItem.Message.Builder user = ResponseInputItem.Message.builder()
        .role(ResponseInputItem.Message.Role.USER)
        .addContent(ResponseInputText.builder().text(ask.user()).build());
    if (ask.images()) {
      user.addContent(image("data:" + Ask.IMAGE_MEDIA_TYPE + ";base64," + Ask.IMAGE_BASE64));
      user.addContent(image(Ask.IMAGE_URL));
    }
    input.add(ResponseInputItem.ofMessage(user.build()));
    if (ask.tools()) {
      b.addTool(FunctionTool.builder().name(Ask.TOOL).description(Ask.TOOL_DESCRIPTION).strict(false)
          .parameters(FunctionTool.Parameters.builder().putAdditionalProperty("type", JsonValue.from("object"))
              .putAdditionalProperty("properties", JsonValue.from(Map.of("city", Map.of("type", "string"))))
              .putAdditionalProperty("required", JsonValue.from(List.of("city"))).build())
          .build());
    }
    if (ask.reasoning()) {
      b.reasoning(Reasoning.builder().effort(ReasoningEffort.LOW).summary(Reasoning.Summary.AUTO).build());
    }
    if (ask.previous() != null) {
      for (ResponseOutputItem item : ((Response) ask.previous().turn()).output()) {
        item.functionCall().ifPresent(fc -> input.add(ResponseInputItem.ofFunctionCall(fc)));
        item.reasoning().ifPresent(r -> input.add(ResponseInputItem.ofReasoning(r)));
      }
      for (SeenCall call : ask.previous().calls()) {
        input.add(ResponseInputItem.ofFunctionCallOutput(ResponseInputItem.FunctionCallOutput.builder()
            .callId(call.id()).output(Ask.TOOL_RESULT).build()));
      }
    }
    return b.inputOfResponse(input).build();
  }

  private static ResponseInputImage image(String url) {
    return ResponseInputImage.builder().imageUrl(url).detail(ResponseInputImage.Detail.AUTO).build();
  }

  private static Seen seen(Response r) {
    StringBuilder text = new StringBuilder();
    StringBuilder thinking = new StringBuilder();
    List<SeenCall> calls = new ArrayList<>();
    for (ResponseOutputItem item : r.output()) {
      item.message().ifPresent(m -> m.content().forEach(c -> c.outputText().ifPresent(t -> text.append(t.text()))));
      item.reasoning().ifPresent(rs -> rs.summary().forEach(s -> thinking.append(s.text())));
      item.functionCall().ifPresent(fc -> calls.add(new SeenCall(fc.callId(), fc.name(), fc.arguments())));
    }
    String status = r.status().map(s -> s.asString()).orElse("");
    Seen.Finish finish = !"completed".equals(status) ? Seen.Finish.OTHER
        : calls.isEmpty() ? Seen.Finish.STOP : Seen.Finish.TOOL_CALLS;
    var usage = r.usage().orElseThrow(() -> new AssertionError("no usage in the response"));
    return new Seen(text.toString(), thinking.toString(), calls, finish, usage.inputTokens(),
        usage.outputTokens(), r);
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
