package dev.switchboard.translate.format.openai.responses;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.translate.Translators;
import dev.switchboard.translate.format.Format;
import dev.switchboard.translate.format.FormatCodecs;
import org.junit.jupiter.api.Test;

class OpenAiResponsesCodecsTest {

  @Test
  void isRegisteredAndGivesFreshStreamCodecsPerStream() {
    FormatCodecs codecs = Translators.codecs(Format.OPENAI_RESPONSES);

    assertThat(codecs.format()).isEqualTo(Format.OPENAI_RESPONSES);
    assertThat(codecs.streamDecoders().apply(null)).isNotSameAs(codecs.streamDecoders().apply(null));
    assertThat(codecs.streamEncoders().apply(null)).isNotSameAs(codecs.streamEncoders().apply(null));
  }
}
