package dev.switchboard.translate.canonical;

import java.util.List;

/**
 * A complete (non-streamed) answer in canonical form. {@code content} holds the assistant's parts
 * in order: thinking, text and tool calls.
 */
public record ChatResponse(
    String id,
    String model,
    long created,
    List<Part> content,
    FinishReason finishReason,
    Usage usage) {

  public ChatResponse {
    content = content == null ? List.of() : List.copyOf(content);
    finishReason = finishReason == null ? FinishReason.STOP : finishReason;
  }

  public String joinedText() {
    return new Message(Role.ASSISTANT, content).joinedText();
  }

  public boolean hasToolCalls() {
    return content.stream().anyMatch(p -> p instanceof Part.ToolCall);
  }
}
