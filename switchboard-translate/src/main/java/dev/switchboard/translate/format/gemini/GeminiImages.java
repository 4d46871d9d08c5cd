package dev.switchboard.translate.format.gemini;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.ImageSource;
import dev.switchboard.translate.canonical.Part;
import java.util.Locale;
import java.util.Map;

/**
 * Images as Gemini parts: {@code inlineData {mimeType, data}} for base64 bytes and
 * {@code fileData {fileUri, mimeType}} for URLs (wire-formats.md §6 and §6.1 #4). Gemini needs a
 * MIME type on {@code fileData}; it is guessed from the URL's extension, else {@code image/jpeg}.
 */
final class GeminiImages {

  private static final Map<String, String> TYPES = Map.of(
      "png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg", "gif", "image/gif",
      "webp", "image/webp", "heic", "image/heic", "heif", "image/heif", "pdf", "application/pdf");

  private GeminiImages() {}

  static Part.Image fromInlineData(ObjectNode inline, String path) {
    String mime = GeminiJson.string(inline, "mimeType", path);
    String data = GeminiJson.string(inline, "data", path);
    if (data == null) {
      throw GeminiJson.invalid(path + ".data", "a base64 string");
    }
    return new Part.Image(new ImageSource.Base64(mime == null ? "image/jpeg" : mime, data));
  }

  static Part.Image fromFileData(ObjectNode file, String path) {
    String uri = GeminiJson.string(file, "fileUri", path);
    if (uri == null || uri.isEmpty()) {
      throw GeminiJson.invalid(path + ".fileUri", "a non-empty string");
    }
    return new Part.Image(ImageSource.fromUrl(uri));
  }

  /** The Gemini part for an image. */
  static ObjectNode toPart(ImageSource source) {
    ObjectNode part = Json.object();
    if (source instanceof ImageSource.Base64 b) {
      ObjectNode inline = part.putObject("inlineData");
      inline.put("mimeType", b.mediaType() == null ? "image/jpeg" : b.mediaType());
      inline.put("data", b.data());
    } else if (source instanceof ImageSource.Url u) {
      ImageSource parsed = ImageSource.fromUrl(u.url());
      if (parsed instanceof ImageSource.Base64) {
        return toPart(parsed);
      }
      ObjectNode file = part.putObject("fileData");
      file.put("mimeType", guessMimeType(u.url()));
      file.put("fileUri", u.url() == null ? "" : u.url());
    }
    return part;
  }

  static String guessMimeType(String url) {
    if (url == null) {
      return "image/jpeg";
    }
    String path = url;
    int cut = path.indexOf('?');
    if (cut >= 0) {
      path = path.substring(0, cut);
    }
    cut = path.indexOf('#');
    if (cut >= 0) {
      path = path.substring(0, cut);
    }
    int dot = path.lastIndexOf('.');
    int slash = path.lastIndexOf('/');
    if (dot < 0 || dot < slash) {
      return "image/jpeg";
    }
    return TYPES.getOrDefault(path.substring(dot + 1).toLowerCase(Locale.ROOT), "image/jpeg");
  }
}
