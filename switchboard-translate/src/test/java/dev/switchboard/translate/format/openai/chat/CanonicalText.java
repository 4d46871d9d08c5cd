package dev.switchboard.translate.format.openai.chat;

import dev.switchboard.translate.canonical.ApiError;
import dev.switchboard.translate.canonical.ChatRequest;
import dev.switchboard.translate.canonical.ChatResponse;
import dev.switchboard.translate.canonical.Message;
import dev.switchboard.translate.canonical.Part;
import dev.switchboard.translate.canonical.StreamEvent;
import dev.switchboard.translate.canonical.Tool;
import java.util.List;

/**
 * Renders canonical values as stable, line-per-item text, so fixture cases can hold their expected
 * decoding in a reviewable {@code expected.txt}.
 */
final class CanonicalText {

  private CanonicalText() {}

  static String request(ChatRequest r) {
    StringBuilder sb = new StringBuilder();
    line(sb, "model: " + r.model());
    for (Message m : r.messages()) {
      line(sb, "message " + m.role());
      parts(sb, m.parts(), "  ");
    }
    for (Tool t : r.tools()) {
      line(sb, "tool " + t.name() + " strict=" + t.strict() + " description=" + t.description());
      line(sb, "  parameters " + t.parameters());
    }
    line(sb, "toolChoice: " + r.toolChoice());
    line(sb, "parallelToolCalls: " + r.parallelToolCalls());
    line(sb, "sampling: " + r.sampling());
    line(sb, "responseFormat: " + r.responseFormat());
    line(sb, "reasoning: " + r.reasoning());
    line(sb, "stream: " + r.stream());
    line(sb, "user: " + r.user());
    line(sb, "extra: " + r.extra());
    return sb.toString();
  }

  static String response(ChatResponse r) {
    StringBuilder sb = new StringBuilder();
    line(sb, "id: " + r.id());
    line(sb, "model: " + r.model());
    line(sb, "created: " + r.created());
    parts(sb, r.content(), "");
    line(sb, "finish: " + r.finishReason());
    line(sb, "usage: " + r.usage());
    return sb.toString();
  }

  static String events(List<StreamEvent> events) {
    StringBuilder sb = new StringBuilder();
    events.forEach(e -> line(sb, e.toString()));
    return sb.toString();
  }

  static String error(ApiError e) {
    return e + "\n";
  }

  private static void parts(StringBuilder sb, List<Part> parts, String indent) {
    for (Part p : parts) {
      if (p instanceof Part.ToolResult r) {
        line(sb, indent + "ToolResult[callId=" + r.callId() + ", name=" + r.name() + ", isError="
            + r.isError() + "]");
        parts(sb, r.content(), indent + "  ");
      } else {
        line(sb, indent + p);
      }
    }
  }

  private static void line(StringBuilder sb, String s) {
    sb.append(s).append('\n');
  }
}
