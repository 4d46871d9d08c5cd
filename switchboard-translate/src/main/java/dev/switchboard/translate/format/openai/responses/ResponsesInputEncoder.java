package dev.switchboard.translate.format.openai.responses;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.ImageSource;
import dev.switchboard.translate.canonical.Message;
import dev.switchboard.translate.canonical.Part;
import dev.switchboard.translate.canonical.Role;
import dev.switchboard.translate.format.Format;
import java.lang.System.Logger.Level;
import java.util.List;

/**
 * Writes canonical messages as Responses {@code instructions} and {@code input} items. Leading
 * system messages join into {@code instructions}; later ones become {@code developer} message
 * items in place. Thinking is replayed only as a {@code reasoning} item carrying encrypted content
 * this format produced; any other thinking is dropped, never sent as visible text
 * (BerriAI/litellm#26916, wire-formats.md §14 #3). One instance per request.
 */
final class ResponsesInputEncoder {

  private static final System.Logger LOG = System.getLogger(ResponsesInputEncoder.class.getName());

  private final ArrayNode input = Json.array();
  private final StringBuilder pendingText = new StringBuilder();
  private boolean replaysReasoning;

  /** Sets {@code instructions} and {@code input} on {@code body}; true when reasoning is replayed. */
  static boolean encode(List<Message> messages, ObjectNode body) {
    ResponsesInputEncoder e = new ResponsesInputEncoder();
    StringBuilder instructions = new StringBuilder();
    int i = 0;
    for (; i < messages.size() && messages.get(i).role() == Role.SYSTEM; i++) {
      String text = messages.get(i).joinedText();
      if (!text.isEmpty()) {
        instructions.append(instructions.length() > 0 ? "\n\n" : "").append(text);
      }
    }
    for (; i < messages.size(); i++) {
      e.message(messages.get(i));
    }
    if (instructions.length() > 0) {
      body.put("instructions", instructions.toString());
    }
    body.set("input", e.input);
    return e.replaysReasoning;
  }

  private void message(Message m) {
    switch (m.role()) {
      case SYSTEM -> textMessage("developer", m);
      case USER -> textMessage("user", m);
      case ASSISTANT -> assistant(m.parts());
      case TOOL -> m.parts().forEach(this::toolResult);
    }
  }

  private void textMessage(String role, Message m) {
    ArrayNode content = Json.array();
    for (Part p : m.parts()) {
      if (p instanceof Part.Text t) {
        content.addObject().put("type", "input_text").put("text", t.text());
      } else if (p instanceof Part.Image img && m.role() == Role.USER) {
        inputImage(content, img.source());
      } else if (p instanceof Part.ToolResult r) {
        toolResult(r);
      } else {
        LOG.log(Level.DEBUG, "dropping {0} part of a {1} message", p.getClass().getSimpleName(), role);
      }
    }
    if (!content.isEmpty()) {
      ObjectNode item = input.addObject();
      item.put("type", "message").put("role", role).set("content", content);
    }
  }

  private void assistant(List<Part> parts) {
    for (Part p : parts) {
      if (p instanceof Part.Text t) {
        pendingText.append(t.text());
      } else if (p instanceof Part.ToolCall c) {
        flushText();
        ObjectNode item = input.addObject();
        item.put("type", "function_call").put("call_id", c.id()).put("name", c.name())
            .put("arguments", c.arguments() == null || c.arguments().isEmpty() ? "{}" : c.arguments());
      } else if (p instanceof Part.Thinking th) {
        reasoning(th);
      } else {
        LOG.log(Level.DEBUG, "dropping {0} part of an assistant message", p.getClass().getSimpleName());
      }
    }
    flushText();
  }

  private void reasoning(Part.Thinking th) {
    if (th.signatureFormat() != Format.OPENAI_RESPONSES || th.redacted() == null) {
      LOG.log(Level.DEBUG, "dropping thinking that the Responses API did not produce");
      return;
    }
    flushText();
    ObjectNode item = input.addObject().put("type", "reasoning");
    ArrayNode summary = item.putArray("summary");
    if (th.text() != null && !th.text().isEmpty()) {
      summary.addObject().put("type", "summary_text").put("text", th.text());
    }
    item.put("encrypted_content", th.redacted());
    replaysReasoning = true;
  }

  private void flushText() {
    if (pendingText.length() > 0) {
      input.addObject().put("type", "message").put("role", "assistant")
          .put("content", pendingText.toString());
      pendingText.setLength(0);
    }
  }

  private void toolResult(Part p) {
    if (!(p instanceof Part.ToolResult r)) {
      LOG.log(Level.DEBUG, "dropping {0} part of a tool message", p.getClass().getSimpleName());
      return;
    }
    ObjectNode item = input.addObject();
    item.put("type", "function_call_output").put("call_id", r.callId());
    if (r.content().stream().noneMatch(c -> c instanceof Part.Image)) {
      item.put("output", r.joinedText());
      return;
    }
    ArrayNode output = item.putArray("output");
    for (Part c : r.content()) {
      if (c instanceof Part.Text t) {
        output.addObject().put("type", "input_text").put("text", t.text());
      } else if (c instanceof Part.Image img) {
        inputImage(output, img.source());
      }
    }
  }

  private static void inputImage(ArrayNode content, ImageSource source) {
    String url = source instanceof ImageSource.Base64 b ? b.dataUrl()
        : source instanceof ImageSource.Url u ? u.url() : null;
    if (url == null) {
      LOG.log(Level.DEBUG, "dropping an image without a source");
      return;
    }
    content.addObject().put("type", "input_image").put("image_url", url).put("detail", "auto");
  }
}
