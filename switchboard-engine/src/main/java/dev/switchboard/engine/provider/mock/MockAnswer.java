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

  static List<String> split(String text, int chunks) {
    int n = Math.max(1, Math.min(chunks, Math.max(1, text.length())));
    List<String> out = new ArrayList<>(n);
    int len = text.length();
    for (int i = 0; i < n; i++) {
      int from = (int) ((long) len * i / n);
      int to = (int) ((long) len * (i + 1) / n);
      out.add(text.substring(from, to));
    }
    return out;
  }

  private static long tokens(String s) {
    return s == null || s.isEmpty() ? 0 : (s.length() + 3) / 4;
  }
}
