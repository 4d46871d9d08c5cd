package dev.switchboard.translate.format.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.ImageSource;
import dev.switchboard.translate.canonical.Part;
import dev.switchboard.translate.format.Format;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decodes Anthropic content blocks into canonical parts. One instance per request or response: it
 * remembers the name of every {@code tool_use} id so later {@code tool_result}s carry it (formats
 * such as Gemini match results by name). Blocks the canonical model has no place for (documents,
 * server tools, citations) are dropped with a debug log; {@code cache_control} is ignored.
 */
final class AnthropicBlockDecoder {

  private static final System.Logger LOG = System.getLogger(AnthropicBlockDecoder.class.getName());

  private final Map<String, String> toolNames = new HashMap<>();

  /** A message's {@code content}: a string or an array of blocks. */
  List<Part> content(JsonNode content, String path) {
    if (content.isTextual()) {
      return List.of(new Part.Text(content.textValue()));
    }
    ArrayNode blocks = WireFields.array(content, path);
    List<Part> parts = new ArrayList<>(blocks.size());
    for (int i = 0; i < blocks.size(); i++) {
      Part p = block(blocks.get(i), WireFields.at(path, i));
      if (p != null) {
        parts.add(p);
      }
    }
    return parts;
  }

  /** One block, or null when it has no canonical meaning. */
  Part block(JsonNode node, String path) {
    ObjectNode b = WireFields.object(node, path);
    String type = WireFields.requiredString(b, "type", path);
    return switch (type) {
      case "text" -> new Part.Text(WireFields.requiredString(b, "text", path));
      case "image" -> new Part.Image(imageSource(b, path));
      case "tool_use" -> toolUse(b, path);
      case "tool_result" -> toolResult(b, path);
      case "thinking" -> thinking(b, path);
      case "redacted_thinking" -> new Part.Thinking("", null, Format.ANTHROPIC_MESSAGES,
          WireFields.requiredString(b, "data", path));
      default -> {
        LOG.log(Level.DEBUG, "dropping Anthropic content block of type {0} at {1}", type, path);
        yield null;
      }
    };
  }

  private static ImageSource imageSource(ObjectNode b, String path) {
    String sp = WireFields.at(path, "source");
    ObjectNode source = WireFields.object(WireFields.required(b, "source", path), sp);
    String type = WireFields.requiredString(source, "type", sp);
    return switch (type) {
      case "base64" -> new ImageSource.Base64(
          WireFields.requiredString(source, "media_type", sp),
          WireFields.requiredString(source, "data", sp));
      case "url" -> new ImageSource.Url(WireFields.requiredString(source, "url", sp));
      default -> throw WireFields.invalid(WireFields.at(sp, "type"),
          "unsupported image source type '" + type + "'");
    };
  }

  private Part toolUse(ObjectNode b, String path) {
    String id = WireFields.requiredString(b, "id", path);
    String name = WireFields.requiredString(b, "name", path);
    ObjectNode input = WireFields.optionalObject(b, "input", path);
    toolNames.put(id, name);
    return new Part.ToolCall(id, name, Json.write(input == null ? Json.object() : input));
  }

  private Part toolResult(ObjectNode b, String path) {
    String id = WireFields.requiredString(b, "tool_use_id", path);
    Boolean isError = WireFields.optionalBoolean(b, "is_error", path);
    JsonNode content = WireFields.field(b, "content");
    List<Part> parts = content == null ? List.of() : content(content, WireFields.at(path, "content"));
    return new Part.ToolResult(id, toolNames.get(id), parts, Boolean.TRUE.equals(isError));
  }

  /**
   * A thinking block. Its signature is Anthropic's only when non-empty: the gateway's own encoders
   * emit foreign reasoning with an empty signature, and such a block must never be replayed to
   * Anthropic as if it were signed.
   */
  private static Part thinking(ObjectNode b, String path) {
    String text = WireFields.optionalString(b, "thinking", path);
    String signature = WireFields.optionalString(b, "signature", path);
    boolean signed = signature != null && !signature.isEmpty();
    return new Part.Thinking(text == null ? "" : text, signed ? signature : null,
        signed ? Format.ANTHROPIC_MESSAGES : null, null);
  }
}
