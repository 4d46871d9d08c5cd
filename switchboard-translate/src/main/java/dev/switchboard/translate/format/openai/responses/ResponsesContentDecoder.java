package dev.switchboard.translate.format.openai.responses;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.canonical.ImageSource;
import dev.switchboard.translate.canonical.Part;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;

/**
 * Content parts of Responses messages and tool outputs ({@code input_text}, {@code output_text},
 * {@code refusal}, {@code input_image}) and the text of reasoning items. Parts with no canonical
 * meaning (files, audio, images by {@code file_id}) are dropped with a debug line.
 */
final class ResponsesContentDecoder {

  private static final System.Logger LOG = System.getLogger(ResponsesContentDecoder.class.getName());

  private ResponsesContentDecoder() {}

  static List<Part> parts(ArrayNode array, String path) {
    List<Part> out = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      String at = path + "[" + i + "]";
      ObjectNode p = WireReader.object(array.get(i), at);
      String type = WireReader.text(p, "type", at + ".");
      switch (type) {
        case "input_text", "output_text", "text" -> out.add(new Part.Text(WireReader.text(p, "text", at + ".")));
        case "refusal" -> out.add(new Part.Text(WireReader.text(p, "refusal", at + ".")));
        case "input_image" -> image(p, at + ".", out);
        default -> LOG.log(Level.DEBUG, "dropping content part of type {0}", type);
      }
    }
    return out;
  }

  /** The summary texts of a reasoning item joined by blank lines, else its raw reasoning text. */
  static String reasoningText(ObjectNode item, String path) {
    String summary = joined(WireReader.optArray(item, "summary", path), path + "summary");
    if (!summary.isEmpty()) {
      return summary;
    }
    return joined(WireReader.optArray(item, "content", path), path + "content");
  }

  private static String joined(ArrayNode parts, String path) {
    if (parts == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < parts.size(); i++) {
      String at = path + "[" + i + "]";
      String text = WireReader.text(WireReader.object(parts.get(i), at), "text", at + ".");
      if (sb.length() > 0 && !text.isEmpty()) {
        sb.append("\n\n");
      }
      sb.append(text);
    }
    return sb.toString();
  }

  private static void image(ObjectNode p, String path, List<Part> out) {
    String url = WireReader.optText(p, "image_url", path);
    if (url == null || url.isEmpty()) {
      LOG.log(Level.DEBUG, "dropping input_image without image_url (file_id images need the Files API)");
      return;
    }
    out.add(new Part.Image(ImageSource.fromUrl(url)));
  }
}
