package dev.switchboard.translate.format.anthropic;

import dev.switchboard.translate.format.Format;
import dev.switchboard.translate.format.FormatCodecs;

/** The Anthropic Messages codecs, registered in {@link dev.switchboard.translate.Translators}. */
public final class AnthropicCodecs {

  private AnthropicCodecs() {}

  public static FormatCodecs create() {
    return new FormatCodecs(
        Format.ANTHROPIC_MESSAGES,
        new AnthropicRequestDecoder(),
        new AnthropicRequestEncoder(),
        new AnthropicResponseDecoder(),
        new AnthropicResponseEncoder(),
        request -> new AnthropicStreamDecoder(),
        request -> new AnthropicStreamEncoder(),
        new AnthropicErrorCodec());
  }
}
