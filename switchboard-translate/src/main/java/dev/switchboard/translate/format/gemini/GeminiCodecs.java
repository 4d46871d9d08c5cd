package dev.switchboard.translate.format.gemini;

import dev.switchboard.translate.format.Format;
import dev.switchboard.translate.format.FormatCodecs;

/** The Gemini codec bundle registered in {@code Translators}. */
public final class GeminiCodecs {

  static final Format FORMAT = Format.GEMINI;

  private GeminiCodecs() {}

  public static FormatCodecs create() {
    return new FormatCodecs(FORMAT, new GeminiRequestDecoder(), new GeminiRequestEncoder(),
        new GeminiResponseDecoder(), new GeminiResponseEncoder(),
        request -> new GeminiStreamDecoder(), request -> new GeminiStreamEncoder(),
        new GeminiErrorCodec());
  }
}
