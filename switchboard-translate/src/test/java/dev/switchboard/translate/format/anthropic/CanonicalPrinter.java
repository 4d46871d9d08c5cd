package dev.switchboard.translate.format.anthropic;

import dev.switchboard.translate.canonical.ChatRequest;
import dev.switchboard.translate.canonical.ChatResponse;
import dev.switchboard.translate.canonical.Message;
import dev.switchboard.translate.canonical.Part;
import dev.switchboard.translate.canonical.StreamEvent;
import java.util.List;

/**
 * Renders canonical values as stable, line-based text for golden files: one field or part per
 * line, record {@code toString} for the values, and no clock-dependent fields ({@code created}).
 */
final class CanonicalPrinter {

  private CanonicalPrinter() {}

  static String request(ChatRequest r) {
    StringBuilder sb = new StringBuilder();
    line(sb, "model", r.model());
    messages(sb, r.messages());
    r.tools().forEach(t -> line(sb, "tool", t));
    line(sb, "toolChoice", r.toolChoice());
    line(sb, "parallelToolCalls", r.parallelToolCalls());
    line(sb, "sampling", r.sampling());
    line(sb, "responseFormat", r.responseFormat());
    line(sb, "reasoning", r.reasoning());
    line(sb, "stream", r.stream());
    line(sb, "user", r.user());
    line(sb, "extra", r.extra());
    return sb.toString();
  }

  static String response(ChatResponse r) {
    StringBuilder sb = new StringBuilder();
    line(sb, "id", r.id());
    line(sb, "model", r.model());
    r.content().forEach(p -> line(sb, "part", p));
    line(sb, "finishReason", r.finishReason());
    line(sb, "usage", r.usage());
    return sb.toString();
  }

  static String events(List<StreamEvent> events) {
    StringBuilder sb = new StringBuilder();
    for (StreamEvent e : events) {
      sb.append(event(e)).append('\n');
    }
    return sb.toString();
  }

  static String event(StreamEvent e) {
    if (e instanceof StreamEvent.Start s) {
      return "Start[id=" + s.id() + ", model=" + s.model() + ", usage=" + s.usage() + "]";
    }
    return e.toString();
  }

  private static void messages(StringBuilder sb, List<Message> messages) {
    for (Message m : messages) {
      sb.append("message ").append(m.role()).append('\n');
      for (Part p : m.parts()) {
        sb.append("  ").append(p).append('\n');
      }
    }
  }

  private static void line(StringBuilder sb, String name, Object value) {
    sb.append(name).append(": ").append(value).append('\n');
  }
}
