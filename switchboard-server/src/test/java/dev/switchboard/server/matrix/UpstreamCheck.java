package dev.switchboard.server.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.testkit.RecordedRequest;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.ReasoningEffort;

/**
 * What the fake upstream must have received for a case, in that upstream's own wire format: the
 * endpoint and authentication, the system prompt where the format puts it, the max tokens, and
 * per scenario the tools, the images, the reasoning request and the tool round trip's history.
 */
interface UpstreamCheck {

  static UpstreamCheck of(UpstreamKind kind) {
    return switch (kind) {
      case CHAT -> new ChatUpstreamCheck();
      case RESPONSES -> new ResponsesUpstreamCheck();
      case ANTHROPIC -> new AnthropicUpstreamCheck();
      case GEMINI -> new GeminiUpstreamCheck();
    };
  }

  default void check(RecordedRequest r, MatrixCase c, Ask ask) {
    JsonNode body = r.json();
    assertThat(body).as("upstream body").isNotNull();
    endpoint(r, c);
    system(body);
    maxTokens(body);
    if (ask.tools()) {
      tools(body);
    }
    if (ask.images()) {
      images(body);
    }
    if (ask.reasoning()) {
      reasoning(body, c.client());
    }
    if (ask.previous() != null) {
      toolHistory(body);
    }
  }

  /** Path, query and authentication headers; the client key never reaches the upstream. */
  void endpoint(RecordedRequest r, MatrixCase c);

  void system(JsonNode body);

  void maxTokens(JsonNode body);

  /** The {@link Ask#TOOL} declaration with its {@code city} parameter. */
  void tools(JsonNode body);

  /** The base64 image and the URL image, in the format's own shapes. */
  void images(JsonNode body);

  /** The reasoning request: {@link #effort} or {@link #budget} of what the client asked. */
  void reasoning(JsonNode body, ClientKind client);

  /** The assistant's tool call followed by its result, linked as the format links them. */
  void toolHistory(JsonNode body);

  /** The effort a client's reasoning request means: low, or the level covering the budget it gave. */
  static String effort(ClientKind client) {
    return client.asksBudget() ? ReasoningEffort.fromBudget(Ask.THINKING_BUDGET).wireName() : "low";
  }

  /** The budget a client's reasoning request means: the one it gave, or the budget of low effort. */
  static int budget(ClientKind client) {
    return client.asksBudget() ? Ask.THINKING_BUDGET : ReasoningEffort.LOW.budget();
  }

  /** Arguments JSON (text or object) as a tree, to compare without caring about spacing. */
  static JsonNode arguments(JsonNode textOrObject) {
    return textOrObject.isTextual() ? Json.parseOrNull(textOrObject.asText()) : textOrObject;
  }

  /** The text of a string or an array of text parts/blocks. */
  static String text(JsonNode stringOrParts) {
    if (stringOrParts.isTextual()) {
      return stringOrParts.asText();
    }
    StringBuilder sb = new StringBuilder();
    stringOrParts.forEach(p -> sb.append(p.path("text").asText("")));
    return sb.toString();
  }

  static void noClientKey(RecordedRequest r) {
    assertThat(r.headers().values()).as("headers sent upstream").noneMatch(v -> v.contains(MatrixIT.CLIENT_KEY));
  }
}
