package dev.switchboard.server.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.genai.Client;
import com.google.genai.ResponseStream;
import com.google.genai.errors.ApiException;
import com.google.genai.errors.ClientException;
import com.google.genai.errors.ServerException;
import com.google.genai.types.AutomaticFunctionCallingConfig;
import com.google.genai.types.Candidate;
import com.google.genai.types.Content;
import com.google.genai.types.FinishReason;
import com.google.genai.types.FunctionDeclaration;
import com.google.genai.types.FunctionResponse;
import com.google.genai.types.GenerateContentConfig;
import com.google.genai.types.GenerateContentResponse;
import com.google.genai.types.HttpOptions;
import com.google.genai.types.HttpRetryOptions;
import com.google.genai.types.Part;
import com.google.genai.types.ThinkingConfig;
import com.google.genai.types.Tool;
import dev.switchboard.translate.Json;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * google-genai as a matrix client (base URL = the gateway root). Reasoning asks
 * {@code thinkingConfig} with {@link Ask#THINKING_BUDGET} and {@code includeThoughts}; thinking comes
 * back as {@code thought: true} parts. A stream's parts are gathered into one model turn, as
 * clients replay it.
 */
final class GeminiSdk implements SdkClient {

  private final Client client;

  GeminiSdk(String gatewayRoot, String key) {
    client = Client.builder().apiKey(key).httpOptions(HttpOptions.builder().baseUrl(gatewayRoot).timeout(20_000)
        .retryOptions(HttpRetryOptions.builder().attempts(1).build()).build()).build();
  }

  @Override
  public Seen send(Ask ask) {
    List<Content> contents = contents(ask);
    GenerateContentConfig config = config(ask);
    List<GenerateContentResponse> chunks = new ArrayList<>();
    if (ask.delivery().streamed()) {
      try (ResponseStream<GenerateContentResponse> s = client.models.generateContentStream(ask.model(), contents, config)) {
        s.forEach(chunks::add);
      }
    } else {
      chunks.add(client.models.generateContent(ask.model(), contents, config));
    }
    return seen(chunks);
  }

  private static List<Content> contents(Ask ask) {
    List<Content> out = new ArrayList<>();
    List<Part> user = new ArrayList<>();
    user.add(Part.fromText(ask.user()));
    if (ask.images()) {
      user.add(Part.fromBytes(Base64.getDecoder().decode(Ask.IMAGE_BASE64), Ask.IMAGE_MEDIA_TYPE));
      user.add(Part.fromUri(Ask.IMAGE_URL, Ask.IMAGE_MEDIA_TYPE));
    }
    out.add(Content.builder().role("user").parts(user).build());
    if (ask.previous() != null) {
      out.add((Content) ask.previous().turn());
      List<Part> results = new ArrayList<>();
      for (SeenCall call : ask.previous().calls()) {
        FunctionResponse.Builder r = FunctionResponse.builder().name(call.name())
            .response(Map.of("result", Ask.TOOL_RESULT));
        if (call.id() != null) {
          r.id(call.id());
        }
        results.add(Part.builder().functionResponse(r.build()).build());
      }
      out.add(Content.builder().role("user").parts(results).build());
    }
    return out;
  }

  private static GenerateContentConfig config(Ask ask) {
    GenerateContentConfig.Builder b = GenerateContentConfig.builder()
        .systemInstruction(Content.fromParts(Part.fromText(Ask.SYSTEM))).maxOutputTokens((int) Ask.MAX_TOKENS)
        .automaticFunctionCalling(AutomaticFunctionCallingConfig.builder().disable(true).build());
    if (ask.tools()) {
      b.tools(Tool.builder().functionDeclarations(FunctionDeclaration.builder().name(Ask.TOOL)
          .description(Ask.TOOL_DESCRIPTION).parametersJsonSchema(Map.of("type", "object",
              "properties", Map.of("city", Map.of("type", "string")), "required", List.of("city")))
          .build()).build());
    }
    if (ask.reasoning()) {
      b.thinkingConfig(ThinkingConfig.builder().thinkingBudget(Ask.THINKING_BUDGET).includeThoughts(true).build());
    }
    return b.build();
  }

  private static Seen seen(List<GenerateContentResponse> chunks) {
    StringBuilder text = new StringBuilder();
    StringBuilder thinking = new StringBuilder();
    List<SeenCall> calls = new ArrayList<>();
    List<Part> turn = new ArrayList<>();
    FinishReason reason = null;
    GenerateContentResponse last = chunks.get(chunks.size() - 1);
    for (GenerateContentResponse r : chunks) {
      Candidate c = r.candidates().orElse(List.of()).stream().findFirst().orElse(null);
      if (c == null) {
        continue;
      }
      reason = c.finishReason().orElse(reason);
      for (Part p : c.content().flatMap(Content::parts).orElse(List.of())) {
        turn.add(p);
        if (p.thought().orElse(false)) {
          thinking.append(p.text().orElse(""));
        } else if (p.functionCall().isPresent()) {
          var fc = p.functionCall().get();
          calls.add(new SeenCall(fc.id().orElse(null), fc.name().orElse(null),
              Json.write(Json.MAPPER.valueToTree(fc.args().orElse(Map.of())))));
        } else {
          text.append(p.text().orElse(""));
        }
      }
    }
    Seen.Finish finish = reason == null || reason.knownEnum() != FinishReason.Known.STOP ? Seen.Finish.OTHER
        : calls.isEmpty() ? Seen.Finish.STOP : Seen.Finish.TOOL_CALLS;
    var usage = last.usageMetadata().orElseThrow(() -> new AssertionError("no usageMetadata on the last chunk"));
    long output = usage.candidatesTokenCount().orElse(0) + usage.thoughtsTokenCount().orElse(0);
    Content modelTurn = Content.builder().role("model").parts(turn).build();
    return new Seen(text.toString(), thinking.toString(), calls, finish, usage.promptTokenCount().orElse(0),
        output, modelTurn);
  }

  @Override
  public void assertUpstreamError(Throwable thrown, int status, String message) {
    assertThat(thrown).isInstanceOf(status >= 500 ? ServerException.class : ClientException.class);
    ApiException e = (ApiException) thrown;
    assertThat(e.code() / 100).as("status class of %s", e.code()).isEqualTo(status / 100);
    assertThat(e.code()).as("status").isIn((Object[]) SdkClient.statusesFor(status));
    assertThat(e.message()).contains(message);
  }

  @Override
  public void close() {
    client.close();
  }
}
