package dev.switchboard.translate.format.openai.responses;

import dev.switchboard.translate.format.Format;
import dev.switchboard.translate.format.FormatCodecs;

/** The codec bundle of the OpenAI Responses format, registered in {@code Translators}. */
public final class OpenAiResponsesCodecs {

  private OpenAiResponsesCodecs() {}

  public static FormatCodecs create() {
    return new FormatCodecs(Format.OPENAI_RESPONSES, new ResponsesRequestDecoder(),
        new ResponsesRequestEncoder(), new ResponsesResponseDecoder(), new ResponsesResponseEncoder(),
        request -> new ResponsesStreamDecoder(), ResponsesStreamEncoder::new, new ResponsesErrorCodec());
  }
}
