package dev.switchboard.translate.format.openai.chat;

import dev.switchboard.translate.format.Format;
import dev.switchboard.translate.format.FormatCodecs;

/** The OpenAI Chat Completions codecs bundle; stream codecs are made fresh per stream. */
public final class OpenAiChatCodecs {

  private OpenAiChatCodecs() {}

  public static FormatCodecs create() {
    return new FormatCodecs(
        Format.OPENAI_CHAT,
        new OpenAiChatRequestDecoder(),
        new OpenAiChatRequestEncoder(),
        new OpenAiChatResponseDecoder(),
        new OpenAiChatResponseEncoder(),
        request -> new OpenAiChatStreamDecoder(),
        request -> new OpenAiChatStreamEncoder(request == null ? null : request.stream()),
        new OpenAiChatErrorCodec());
  }
}
