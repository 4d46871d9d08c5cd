package dev.switchboard.translate.format.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.ImageSource;
import dev.switchboard.translate.canonical.Part;
import dev.switchboard.translate.format.Format;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Encodes canonical parts as Anthropic request content blocks, or returns null for a part the
 * Messages API cannot take (logged at debug): empty or blank text (wire-formats.md §6.1 #5), images
 * of other media types or non-HTTP URLs, and thinking signed by another format (§6.1 #6: never sent
 * to Anthropic, never turned into text). Tool ids pass through the request's {@link ToolIdSanitizer}.
 */
final class AnthropicBlockEncoder {

  private static final System.Logger LOG = System.getLogger(AnthropicBlockEncoder.class.getName());
  private static final Set<String> MEDIA_TYPES =
      Set.of("image/jpeg", "image/png", "image/gif", "image/webp");

  private final ToolIdSanitizer ids;

  AnthropicBlockEncoder(ToolIdSanitizer ids) {
    this.ids = ids;
  }

  /** A block for a part of a user (or tool) turn. */
  ObjectNode userBlock(Part part) {
    if (part instanceof Part.Text t) {
      return text(t.text());
    }
    if (part instanceof Part.Image i) {
      return image(i.source());
    }
    if (part instanceof Part.ToolResult r) {
      return toolResult(r);
    }
    return dropped(part, "a user turn");
  }

  /** A block for a part of an assistant turn. */
  ObjectNode assistantBlock(Part part) {
    if (part instanceof Part.Text t) {
      return text(t.text());
    }
    if (part instanceof Part.ToolCall c) {
      return toolUse(c);
    }
    if (part instanceof Part.Thinking th) {
      return thinking(th);
    }
    return dropped(part, "an assistant turn");
  }

  static ObjectNode text(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    ObjectNode b = Json.object();
    b.put("type", "text");
    b.put("text", text);
    return b;
  }

  /** The arguments JSON as an object; invalid or non-object JSON becomes {@code {}}. */
  static ObjectNode inputObject(String arguments) {
    JsonNode parsed = Json.parseOrNull(arguments);
    if (parsed instanceof ObjectNode o) {
      return o;
    }
    if (arguments != null && !arguments.isBlank()) {
      LOG.log(Level.DEBUG, "tool call arguments are not a JSON object; sending {}");
    }
    return Json.object();
  }

  private ObjectNode toolUse(Part.ToolCall call) {
    ObjectNode b = Json.object();
    b.put("type", "tool_use");
    b.put("id", ids.forCall(call.id()));
    b.put("name", call.name() == null ? "" : call.name());
    b.set("input", inputObject(call.arguments()));
    return b;
  }

  private ObjectNode toolResult(Part.ToolResult result) {
    ObjectNode b = Json.object();
    b.put("type", "tool_result");
    b.put("tool_use_id", ids.forResult(result.callId()));
    boolean onlyText = result.content().stream().allMatch(p -> p instanceof Part.Text);
    if (onlyText && !result.content().isEmpty()) {
      b.put("content", result.joinedText());
    } else if (!onlyText) {
      ArrayNode content = resultBlocks(result.content());
      if (!content.isEmpty()) {
        b.set("content", content);
      }
    }
    if (result.isError()) {
      b.put("is_error", true);
    }
    return b;
  }

  private ArrayNode resultBlocks(List<Part> parts) {
    ArrayNode content = Json.array();
    for (Part p : parts) {
      ObjectNode block = p instanceof Part.Text || p instanceof Part.Image
          ? userBlock(p) : dropped(p, "a tool result");
      if (block != null) {
        content.add(block);
      }
    }
    return content;
  }

  static ObjectNode image(ImageSource source) {
    ImageSource s = source instanceof ImageSource.Url u ? ImageSource.fromUrl(u.url()) : source;
    ObjectNode src = Json.object();
    if (s instanceof ImageSource.Base64 b64) {
      String mediaType = mediaType(b64.mediaType());
      if (mediaType == null || b64.data() == null) {
        LOG.log(Level.DEBUG, "dropping image of media type {0}", b64.mediaType());
        return null;
      }
      src.put("type", "base64");
      src.put("media_type", mediaType);
      src.put("data", b64.data());
    } else if (s instanceof ImageSource.Url u && u.url() != null
        && (u.url().startsWith("https://") || u.url().startsWith("http://"))) {
      src.put("type", "url");
      src.put("url", u.url());
    } else {
      LOG.log(Level.DEBUG, "dropping image that is neither base64 nor an http(s) URL");
      return null;
    }
    ObjectNode b = Json.object();
    b.put("type", "image");
    b.set("source", src);
    return b;
  }

  private static String mediaType(String given) {
    if (given == null) {
      return null;
    }
    String t = given.toLowerCase(Locale.ROOT).trim();
    t = t.equals("image/jpg") ? "image/jpeg" : t;
    return MEDIA_TYPES.contains(t) ? t : null;
  }

  /**
   * Thinking signed by Anthropic, replayed unchanged: text with signature (also signature-only
   * blocks of {@code display:"omitted"}, BerriAI/litellm PR #38809) or redacted data.
   */
  private static ObjectNode thinking(Part.Thinking th) {
    if (th.signatureFormat() != Format.ANTHROPIC_MESSAGES) {
      return dropped(th, "an Anthropic request (not signed by Anthropic)");
    }
    ObjectNode b = Json.object();
    if (th.redacted() != null) {
      b.put("type", "redacted_thinking");
      b.put("data", th.redacted());
      return b;
    }
    if (th.signature() == null || th.signature().isEmpty()) {
      return dropped(th, "an Anthropic request (no signature)");
    }
    b.put("type", "thinking");
    b.put("thinking", th.text() == null ? "" : th.text());
    b.put("signature", th.signature());
    return b;
  }

  private static ObjectNode dropped(Part part, String where) {
    LOG.log(Level.DEBUG, "dropping {0} part from {1}", part.getClass().getSimpleName(), where);
    return null;
  }
}
