package dev.switchboard.translate.format.openai.chat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.ImageSource;
import dev.switchboard.translate.canonical.Message;
import dev.switchboard.translate.canonical.Part;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;

/**
 * Encodes canonical messages as the Chat {@code messages} array for an OpenAI-compatible upstream.
 * System messages stay in place as {@code role:"system"} (older compatible servers do not know
 * {@code developer}); every tool result, wherever it sits, becomes its own {@code role:"tool"}
 * message; images become {@code image_url} parts (base64 as data URLs).
 */
final class MessageEncoder {

  private static final System.Logger LOG = System.getLogger(MessageEncoder.class.getName());

  private MessageEncoder() {}

  static ArrayNode encode(List<Message> messages) {
    ArrayNode out = Json.array();
    for (Message m : messages) {
      switch (m.role()) {
        case SYSTEM -> system(m, out);
        case USER -> user(m, out);
        case ASSISTANT -> assistant(m, out);
        case TOOL -> toolResults(m.parts(), out);
      }
    }
    return out;
  }

  private static void system(Message m, ArrayNode out) {
    String text = m.joinedText();
    if (text.isEmpty()) {
      LOG.log(Level.DEBUG, "dropping a system message without text");
      return;
    }
    out.addObject().put("role", "system").put("content", text);
  }

  private static void user(Message m, ArrayNode out) {
    toolResults(m.parts(), out);
    List<Part> content = new ArrayList<>();
    for (Part p : m.parts()) {
      if (p instanceof Part.Text || p instanceof Part.Image) {
        content.add(p);
      } else if (!(p instanceof Part.ToolResult)) {
        LOG.log(Level.DEBUG, "user message cannot carry {0}; dropped", p.getClass().getSimpleName());
      }
    }
    boolean onlyResults = content.isEmpty() && !m.parts().isEmpty();
    if (!onlyResults) {
      out.addObject().put("role", "user").set("content", userContent(content));
    }
  }

  private static JsonNode userContent(List<Part> parts) {
    if (parts.isEmpty()) {
      return Json.NODES.textNode("");
    }
    if (parts.size() == 1 && parts.get(0) instanceof Part.Text t) {
      return Json.NODES.textNode(t.text());
    }
    ArrayNode array = Json.array();
    for (Part p : parts) {
      if (p instanceof Part.Text t) {
        array.addObject().put("type", "text").put("text", t.text());
      } else if (p instanceof Part.Image img) {
        array.addObject().put("type", "image_url").putObject("image_url")
            .put("url", imageUrl(img.source()));
      }
    }
    return array;
  }

  static String imageUrl(ImageSource source) {
    if (source instanceof ImageSource.Base64 b) {
      return b.dataUrl();
    }
    return ((ImageSource.Url) source).url();
  }

  private static void assistant(Message m, ArrayNode out) {
    ObjectNode msg = out.addObject().put("role", "assistant");
    AssistantEncoder.encode(m.parts(), msg, SignatureReplay.TEXT_ONLY);
  }

  private static void toolResults(List<Part> parts, ArrayNode out) {
    for (Part p : parts) {
      if (p instanceof Part.ToolResult r) {
        if (r.isError() || r.content().stream().anyMatch(c -> !(c instanceof Part.Text))) {
          LOG.log(Level.DEBUG, "tool result {0}: error flag and non-text content dropped",
              r.callId());
        }
        out.addObject().put("role", "tool").put("tool_call_id", r.callId())
            .put("content", r.joinedText());
      } else if (!(p instanceof Part.Text || p instanceof Part.Image)) {
        LOG.log(Level.DEBUG, "tool message cannot carry {0}; dropped", p.getClass().getSimpleName());
      }
    }
  }
}
