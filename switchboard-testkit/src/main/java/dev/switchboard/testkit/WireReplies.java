package dev.switchboard.testkit;

import dev.switchboard.translate.format.Format;
import java.util.List;

/**
 * Default answers of the fake upstream, in each provider's exact wire format, streamed when the
 * request asks: OpenAI Chat ({@code …/chat/completions}), OpenAI Responses ({@code …/responses}),
 * Anthropic ({@code …/v1/messages}) and Gemini ({@code …/v1beta/models/{m}:generateContent} and
 * {@code :streamGenerateContent}). What the answer holds follows the request:
 * <ul>
 *   <li>tools declared and no tool result yet: a call of the first tool with {@link #TOOL_ARGUMENTS};
 *   <li>tool results present: {@link #AFTER_TOOL_TEXT}; otherwise {@link #TEXT};
 *   <li>reasoning asked for (effort, thinking or thinkingConfig): {@link #THINKING} first, with the
 *       provider's signature where it has one;
 *   <li>the body contains {@link #failMarker(int)}: that status with {@link #ERROR_MESSAGE} in the
 *       provider's own error shape.
 * </ul>
 * The model is echoed from the request (for Gemini, from the path).
 */
public final class WireReplies {

  public static final String TEXT = "Hello from the fake upstream.";
  public static final String AFTER_TOOL_TEXT = "Bergen has light rain and 11 degrees.";
  public static final String THINKING = "The user wants a short answer; keep it brief.";
  public static final String TOOL_ARGUMENTS = "{\"city\":\"Bergen\"}";
  public static final String ERROR_MESSAGE = "The fake upstream failed on purpose";
  public static final int INPUT_TOKENS = 12;
  public static final int OUTPUT_TOKENS = 7;
  public static final int REASONING_TOKENS = 5;

  /** The signatures the fake signs reasoning with: Anthropic's, Gemini's thought signature, Responses' encrypted content. */
  public static final String ANTHROPIC_SIGNATURE = AnthropicWire.SIGNATURE;
  public static final String GEMINI_SIGNATURE = GeminiWire.SIGNATURE;
  public static final String RESPONSES_ENCRYPTED = ResponsesWire.ENCRYPTED;

  private WireReplies() {}

  /** Text that, anywhere in a request body, makes the fake answer with {@code status}. */
  public static String failMarker(int status) {
    return "[[fail " + status + "]]";
  }

  public static Reply answer(RecordedRequest req) {
    Format format = formatOf(req.path());
    if (format == null) {
      return Reply.json(404, "{\"error\":{\"message\":\"fake upstream has no route " + req.path()
          + "\",\"type\":\"invalid_request_error\",\"param\":null,\"code\":null}}");
    }
    AskedFor ask = AskedFor.read(format, req);
    if (ask.failStatus() > 0) {
      return Reply.json(ask.failStatus(), error(format, ask.failStatus()));
    }
    FakeAnswer a = ask.answer();
    return switch (format) {
      case OPENAI_CHAT -> ask.stream()
          ? Reply.sse(ChatWire.stream(a, req.json().path("stream_options").path("include_usage").asBoolean(false)))
          : Reply.json(200, ChatWire.complete(a));
      case OPENAI_RESPONSES -> ask.stream() ? Reply.sse(ResponsesWire.stream(a)) : Reply.json(200, ResponsesWire.complete(a));
      case ANTHROPIC_MESSAGES -> ask.stream() ? Reply.sse(AnthropicWire.stream(a)) : Reply.json(200, AnthropicWire.complete(a));
      case GEMINI -> ask.stream() ? Reply.sse(GeminiWire.stream(a)) : Reply.json(200, GeminiWire.complete(a));
    };
  }

  /** The provider format an upstream path belongs to, or null. */
  public static Format formatOf(String path) {
    if (path.endsWith("/chat/completions")) {
      return Format.OPENAI_CHAT;
    }
    if (path.endsWith("/responses")) {
      return Format.OPENAI_RESPONSES;
    }
    if (path.endsWith("/v1/messages")) {
      return Format.ANTHROPIC_MESSAGES;
    }
    if (path.contains("/v1beta/models/") && (path.endsWith(":generateContent") || path.endsWith(":streamGenerateContent"))) {
      return Format.GEMINI;
    }
    return null;
  }

  /** The provider's own error body for {@code status}. */
  public static String error(Format format, int status) {
    return switch (format) {
      case OPENAI_CHAT, OPENAI_RESPONSES -> ChatWire.error(status);
      case ANTHROPIC_MESSAGES -> AnthropicWire.error(status);
      case GEMINI -> GeminiWire.error(status);
    };
  }

  /** A plain OpenAI Chat completion saying {@link #TEXT}. */
  public static String openAiChat(String model) {
    return ChatWire.complete(FakeAnswer.text(model));
  }

  /** A plain OpenAI Chat stream saying {@link #TEXT}: role, two text pieces, finish, usage, {@code [DONE]}. */
  public static List<String> openAiChatStream(String model) {
    return ChatWire.stream(FakeAnswer.text(model), true);
  }
}
