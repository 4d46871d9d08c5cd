package dev.switchboard.translate.format.openai.chat;

import static dev.switchboard.translate.format.openai.chat.FieldReader.index;
import static dev.switchboard.translate.format.openai.chat.FieldReader.path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.Part;
import dev.switchboard.translate.format.Format;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes an assistant message (a request history turn or a response's {@code message}) into parts
 * in canonical order: thinking, text, tool calls. Thinking comes from LiteLLM's
 * {@code thinking_blocks} (Anthropic blocks with signatures) when present, else from the de-facto
 * {@code reasoning_content} or OpenRouter's {@code reasoning} text (wire-formats.md §2.3, §6.1 #6).
 */
final class AssistantDecoder {

  private static final System.Logger LOG = System.getLogger(AssistantDecoder.class.getName());

  private AssistantDecoder() {}

  static List<Part> decode(ObjectNode msg, String path, CallIds ids) {
    List<Part> parts = new ArrayList<>(thinking(msg, path));
    parts.addAll(ContentDecoder.decode(msg.get("content"), path(path, "content")));
    ArrayNode calls = FieldReader.optArray(msg, "tool_calls", path);
    if (calls != null) {
      for (int i = 0; i < calls.size(); i++) {
        Part.ToolCall call = toolCall(calls.get(i), index(path(path, "tool_calls"), i), ids);
        if (call != null) {
          parts.add(call);
        }
      }
    }
    ObjectNode legacy = FieldReader.optObject(msg, "function_call", path);
    if (legacy != null) {
      String fp = path(path, "function_call");
      String name = FieldReader.reqText(legacy, "name", fp);
      parts.add(new Part.ToolCall(ids.legacyCall(name), name, arguments(legacy.get("arguments"))));
    }
    return parts;
  }

  private static List<Part> thinking(ObjectNode msg, String path) {
    List<Part> parts = new ArrayList<>();
    ArrayNode blocks = FieldReader.optArray(msg, "thinking_blocks", path);
    if (blocks != null && !blocks.isEmpty()) {
      for (int i = 0; i < blocks.size(); i++) {
        Part p = thinkingBlock(blocks.get(i), index(path(path, "thinking_blocks"), i));
        if (p != null) {
          parts.add(p);
        }
      }
      return parts;
    }
    String text = FieldReader.optText(msg, "reasoning_content", path);
    if (text == null) {
      text = FieldReader.optText(msg, "reasoning", path);
    }
    if (text != null && !text.isEmpty()) {
      parts.add(new Part.Thinking(text));
    }
    return parts;
  }

  private static Part thinkingBlock(JsonNode node, String path) {
    FieldReader.requireObject(node, path);
    String type = FieldReader.reqText(node, "type", path);
    if (type.equals("thinking")) {
      String text = FieldReader.optText(node, "thinking", path);
      String signature = FieldReader.optText(node, "signature", path);
      return new Part.Thinking(text == null ? "" : text, signature,
          signature == null ? null : Format.ANTHROPIC_MESSAGES, null);
    }
    if (type.equals("redacted_thinking")) {
      return new Part.Thinking("", null, Format.ANTHROPIC_MESSAGES,
          FieldReader.reqText(node, "data", path));
    }
    LOG.log(Level.DEBUG, "dropping thinking block of type {0} at {1}", type, path);
    return null;
  }

  private static Part.ToolCall toolCall(JsonNode node, String path, CallIds ids) {
    FieldReader.requireObject(node, path);
    String type = FieldReader.optText(node, "type", path);
    if (type != null && !type.equals("function")) {
      LOG.log(Level.DEBUG, "dropping tool call of type {0} at {1}", type, path);
      return null;
    }
    ObjectNode function = FieldReader.optObject(node, "function", path);
    if (function == null) {
      throw FieldReader.invalid(path(path, "function"), "is required");
    }
    String name = FieldReader.reqText(function, "name", path(path, "function"));
    String id = FieldReader.optText(node, "id", path);
    id = id == null || id.isEmpty() ? ids.synthesize() : id;
    ids.remember(id, name);
    String signature = thoughtSignature(node);
    return new Part.ToolCall(id, name, arguments(function.get("arguments")), signature,
        signature == null ? null : Format.GEMINI);
  }

  /** Gemini's OpenAI-compatible API carries thought signatures here (continuedev/continue PR #8865). */
  static String thoughtSignature(JsonNode call) {
    JsonNode google = call.path("extra_content").path("google");
    return FieldReader.lenientText(google.isObject() ? google : null, "thought_signature");
  }

  /** The arguments as JSON text: a string as is, an object (sent by some clients) serialized. */
  static String arguments(JsonNode node) {
    if (node == null || node.isNull()) {
      return "{}";
    }
    if (node.isTextual()) {
      return node.textValue().isEmpty() ? "{}" : node.textValue();
    }
    return Json.write(node);
  }
}
