package dev.switchboard.engine.provider.mock;

import dev.switchboard.translate.canonical.ChatRequest;
import dev.switchboard.translate.canonical.FinishReason;
import dev.switchboard.translate.canonical.Message;
import dev.switchboard.translate.canonical.Part;
import dev.switchboard.translate.canonical.Tool;
import dev.switchboard.translate.canonical.ToolChoice;
import dev.switchboard.translate.canonical.Usage;
import java.util.ArrayList;
import java.util.List;

/**
 * What the mock says to a request: its configured text split into chunks, a short thinking part
 * when reasoning was asked for, or a call of the first (or the named) tool when the request
 * requires a tool call. Usage counts about four characters per token.
 */
record MockAnswer(String thinking, List<String> textChunks, Part.ToolCall toolCall, Usage usage) {

  static MockAnswer of(ChatRequest request, String text, int chunks) {
    String thinking = request.reasoning() != null && request.reasoning().effectiveBudget() != null
        && request.reasoning().effectiveBudget() > 0 ? "The user wants a mock answer." : null;
    Part.ToolCall call = toolCall(request);
    List<String> pieces = call == null ? split(text, chunks) : List.of();
    long input = 0;
    for (Message m : request.messages()) {
      input += tokens(m.joinedText());
    }
    long output = call == null ? tokens(text) : tokens(call.arguments()) + 3;
    long reasoning = thinking == null ? 0 : tokens(thinking);
    Usage usage = new Usage(Math.max(1, input), output + reasoning, 0, 0, reasoning, false);
    return new MockAnswer(thinking, pieces, call, usage);
  }

  FinishReason finishReason() {
    return toolCall == null ? FinishReason.STOP : FinishReason.TOOL_CALLS;
  }

  List<Part> parts() {
    List<Part> parts = new ArrayList<>();
    if (thinking != null) {
      parts.add(new Part.Thinking(thinking));
    }
    if (toolCall != null) {
      parts.add(toolCall);
    } else {
      parts.add(new Part.Text(String.join("", textChunks)));
    }
    return parts;
  }

  private static Part.ToolCall toolCall(ChatRequest request) {
    if (request.tools().isEmpty()) {
      return null;
    }
    String name = null;
    if (request.toolChoice() instanceof ToolChoice.Named named) {
      name = named.name();
    } else if (request.toolChoice() instanceof ToolChoice.Required) {
      name = request.tools().get(0).name();
    }
    if (name == null) {
      return null;
    }
    final String chosen = name;
    boolean known = request.tools().stream().map(Tool::name).anyMatch(chosen::equals);
    return known ? new Part.ToolCall("call_mock_0", chosen, "{}") : null;
  }

  /** Splits {@code text} into at most {@code chunks} pieces at word boundaries, keeping every character. */
  static List<String> split(String text, int chunks) {
    List<String> words = new ArrayList<>();
    int from = 0;
    for (int i = 1; i <= text.length(); i++) {
      if (i == text.length() || (text.charAt(i - 1) == ' ' && text.charAt(i) != ' ')) {
        words.add(text.substring(from, i));
        from = i;
      }
    }
    int n = Math.max(1, Math.min(chunks, words.size()));
    List<String> out = new ArrayList<>(n);
    for (int c = 0; c < n; c++) {
      int a = (int) ((long) words.size() * c / n);
      int b = (int) ((long) words.size() * (c + 1) / n);
      out.add(String.join("", words.subList(a, b)));
    }
    return out;
  }

  private static long tokens(String s) {
    return s == null || s.isEmpty() ? 0 : (s.length() + 3) / 4;
  }
}
