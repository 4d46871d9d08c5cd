package dev.switchboard.translate;

import dev.switchboard.translate.format.Format;
import dev.switchboard.translate.format.FormatCodecs;
import dev.switchboard.translate.format.anthropic.AnthropicCodecs;
import dev.switchboard.translate.format.gemini.GeminiCodecs;
import dev.switchboard.translate.format.openai.chat.OpenAiChatCodecs;
import dev.switchboard.translate.format.openai.responses.OpenAiResponsesCodecs;
import java.util.EnumMap;
import java.util.Map;

/**
 * The codec registry: one line per format. {@link #between} gives the {@link Translator} for an
 * inbound and an upstream format, with the identity fast path when they are the same.
 */
public final class Translators {

  private static final Map<Format, FormatCodecs> CODECS = new EnumMap<>(Format.class);

  static {
    register(OpenAiChatCodecs.create());
    register(OpenAiResponsesCodecs.create());
    register(AnthropicCodecs.create());
    register(GeminiCodecs.create());
  }

  private Translators() {}

  private static void register(FormatCodecs codecs) {
    CODECS.put(codecs.format(), codecs);
  }

  /** True when this build has codecs for {@code format}. */
  public static boolean supports(Format format) {
    return CODECS.containsKey(format);
  }

  public static FormatCodecs codecs(Format format) {
    FormatCodecs c = CODECS.get(format);
    if (c == null) {
      throw new IllegalArgumentException("no codecs for " + format);
    }
    return c;
  }

  public static Translator between(Format inbound, Format upstream) {
    return new Translator(codecs(inbound), codecs(upstream));
  }
}
