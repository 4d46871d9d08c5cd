package dev.switchboard.translate.format.openai.chat;

import static dev.switchboard.translate.format.openai.chat.FieldReader.index;
import static dev.switchboard.translate.format.openai.chat.FieldReader.invalid;
import static dev.switchboard.translate.format.openai.chat.FieldReader.path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.switchboard.translate.canonical.ImageSource;
import dev.switchboard.translate.canonical.Part;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes a Chat {@code content} value (a string, null, or an array of content parts) into
 * canonical parts. Text and images are kept; audio and file parts, which the canonical model cannot
 * carry, are dropped (the identity path still forwards them untouched).
 */
final class ContentDecoder {

  private static final System.Logger LOG = System.getLogger(ContentDecoder.class.getName());

  private ContentDecoder() {}

  static List<Part> decode(JsonNode content, String path) {
    List<Part> parts = new ArrayList<>();
    if (content == null || content.isNull()) {
      return parts;
    }
    if (content.isTextual()) {
      if (!content.textValue().isEmpty()) {
        parts.add(new Part.Text(content.textValue()));
      }
      return parts;
    }
    if (!(content instanceof ArrayNode array)) {
      throw invalid(path, "must be a string or an array of content parts");
    }
    for (int i = 0; i < array.size(); i++) {
      Part p = part(array.get(i), index(path, i));
      if (p != null) {
        parts.add(p);
      }
    }
    return parts;
  }

  private static Part part(JsonNode node, String path) {
    FieldReader.requireObject(node, path);
    String type = FieldReader.reqText(node, "type", path);
    switch (type) {
      case "text":
        return new Part.Text(FieldReader.reqText(node, "text", path));
      case "refusal":
        return new Part.Text(FieldReader.reqText(node, "refusal", path));
      case "image_url":
        return new Part.Image(ImageSource.fromUrl(imageUrl(node, path)));
      default:
        LOG.log(Level.DEBUG, "dropping content part of type {0} at {1}", type, path);
        return null;
    }
  }

  private static String imageUrl(JsonNode node, String path) {
    JsonNode image = node.get("image_url");
    // Some clients send "image_url": "<url>" instead of {"url": "<url>"}
    // (laurent22/joplin PR #16141 does).
    if (image != null && image.isTextual()) {
      return image.textValue();
    }
    if (image == null || image.isNull()) {
      throw invalid(path(path, "image_url"), "is required");
    }
    return FieldReader.reqText(FieldReader.requireObject(image, path(path, "image_url")), "url",
        path(path, "image_url"));
  }
}
