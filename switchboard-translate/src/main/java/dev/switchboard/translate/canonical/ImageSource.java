package dev.switchboard.translate.canonical;

/** Where an image comes from: a URL, or base64 bytes with their media type. */
public sealed interface ImageSource {

  record Url(String url) implements ImageSource {}

  record Base64(String mediaType, String data) implements ImageSource {
    public String dataUrl() {
      return "data:" + mediaType + ";base64," + data;
    }
  }

  /** Parses {@code data:<type>;base64,<data>} URLs into {@link Base64}; any other string is a {@link Url}. */
  static ImageSource fromUrl(String url) {
    if (url != null && url.startsWith("data:")) {
      int semi = url.indexOf(";base64,");
      if (semi > 5) {
        return new Base64(url.substring(5, semi), url.substring(semi + 8));
      }
    }
    return new Url(url);
  }
}
