package dev.switchboard.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.translate.format.Format;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StreamPipelineTest {

  private static String chunk(StreamPipeline pipeline) {
    return new String(pipeline.chunk(), StandardCharsets.UTF_8);
  }

  @Test
  void everyChunkCarriesTheDeltaAcrossStreamReopenings() {
    StreamPipeline p = new StreamPipeline(Format.OPENAI_CHAT, Format.OPENAI_RESPONSES,
        Fixtures.request(Format.OPENAI_RESPONSES));
    String first = chunk(p);
    for (int i = 1; i < StreamPipeline.CHUNKS_PER_STREAM * 2 + 3; i++) {
      assertThat(chunk(p)).as("chunk %d", i)
          .startsWith("event: response.output_text.delta\n")
          .contains("\"delta\":\" is drier\"")
          .doesNotContain("response.created");
    }
    assertThat(first).contains("\"delta\":\" is drier\"");
  }

  @Test
  void identityReframesTheUpstreamFrameUnchanged() {
    StreamPipeline p = new StreamPipeline(Format.OPENAI_CHAT, Format.OPENAI_CHAT, Fixtures.request(Format.OPENAI_CHAT));
    assertThat(p.chunk()).isEqualTo(Fixtures.streamDelta(Format.OPENAI_CHAT));
  }

  @Test
  void geminiCrlfFramesBecomeChatChunks() {
    StreamPipeline p = new StreamPipeline(Format.GEMINI, Format.OPENAI_CHAT, Fixtures.request(Format.OPENAI_CHAT));
    assertThat(chunk(p)).startsWith("data: {").endsWith("\n\n")
        .contains("\"content\":\" and clear, so it is drier for\"");
  }
}
