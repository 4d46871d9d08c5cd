package dev.switchboard.translate.sse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SseWriterTest {

  private static List<SseFrame> reparse(String text) {
    List<SseFrame> frames = new ArrayList<>();
    SseParser parser = new SseParser(frames::add);
    parser.feed(text.getBytes(StandardCharsets.UTF_8));
    parser.close();
    return frames;
  }

  @Test
  void writesDataOnlyFrames() {
    StringBuilder out = new StringBuilder();
    SseWriter.write(out, null, "{\"a\":1}");
    assertThat(out.toString()).isEqualTo("data: {\"a\":1}\n\n");
  }

  @Test
  void writesEventAndData() {
    StringBuilder out = new StringBuilder();
    SseWriter.write(out, new SseFrame("message_stop", "{\"type\":\"message_stop\"}"));
    assertThat(out.toString())
        .isEqualTo("event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n");
  }

  @Test
  void multiLineDataBecomesSeveralDataLinesAndRoundTrips() {
    StringBuilder out = new StringBuilder();
    SseWriter.write(out, null, "a\nb\n\nc");
    assertThat(out.toString()).isEqualTo("data: a\ndata: b\ndata: \ndata: c\n\n");
    assertThat(reparse(out.toString())).containsExactly(SseFrame.data("a\nb\n\nc"));
  }

  @Test
  void carriageReturnsCannotEndTheFrameOrInjectFields() {
    StringBuilder out = new StringBuilder();
    SseWriter.write(out, null, "x\r\rdata: injected\r\ny");
    assertThat(reparse(out.toString())).containsExactly(SseFrame.data("x\n\ndata: injected\ny"));
  }

  @Test
  void eventNamesStayOnOneLine() {
    StringBuilder out = new StringBuilder();
    SseWriter.write(out, "a\ndata: evil", "d");
    assertThat(reparse(out.toString())).containsExactly(new SseFrame("a data: evil", "d"));
  }

  @Test
  void commentsAreIgnoredByTheParserEvenWithLineBreaks() {
    StringBuilder out = new StringBuilder();
    SseWriter.comment(out, "keepalive");
    assertThat(out.toString()).isEqualTo(": keepalive\n\n");
    SseWriter.comment(out, "two\ndata: lines");
    assertThat(reparse(out.toString())).isEmpty();
  }

  @Test
  void emptyDataIsOneEmptyDataLine() {
    StringBuilder out = new StringBuilder();
    SseWriter.write(out, null, "");
    assertThat(out.toString()).isEqualTo("data: \n\n");
    assertThat(reparse(out.toString())).containsExactly(SseFrame.data(""));
  }
}
