package dev.switchboard.translate.format.openai.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.translate.Json;
import dev.switchboard.translate.Translators;
import dev.switchboard.translate.canonical.ChatRequest;
import dev.switchboard.translate.canonical.FinishReason;
import dev.switchboard.translate.canonical.StreamEvent;
import dev.switchboard.translate.canonical.StreamMode;
import dev.switchboard.translate.format.Format;
import dev.switchboard.translate.format.FormatCodecs;
import dev.switchboard.translate.format.StreamEncoder;
import org.junit.jupiter.api.Test;

class OpenAiChatCodecsTest {

  @Test
  void isRegisteredAndMakesFreshStreamCodecsFollowingTheClientsStreamMode() {
    FormatCodecs codecs = Translators.codecs(Format.OPENAI_CHAT);
    assertThat(codecs.format()).isEqualTo(Format.OPENAI_CHAT);
    ChatRequest request = codecs.requestDecoder().decode(Json.parseOrNull(
        "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}],"
            + "\"stream\":true,\"stream_options\":{\"include_usage\":true}}"));
    assertThat(codecs.streamDecoders().apply(request))
        .isNotSameAs(codecs.streamDecoders().apply(request));
    assertThat(usageChunkWritten(codecs.streamEncoders().apply(request))).isTrue();
    assertThat(usageChunkWritten(codecs.streamEncoders().apply(request.withStream(StreamMode.ON))))
        .isFalse();
  }

  private static boolean usageChunkWritten(StreamEncoder encoder) {
    StringBuilder out = new StringBuilder();
    encoder.encode(new StreamEvent.Finish(FinishReason.STOP, null), out);
    return out.toString().contains("\"choices\":[],\"usage\"");
  }
}
