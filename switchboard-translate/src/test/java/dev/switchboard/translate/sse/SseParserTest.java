package dev.switchboard.translate.sse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SseParserTest {

  private static List<SseFrame> parse(String text) {
    return parse(text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<SseFrame> parse(byte[] bytes) {
    List<SseFrame> frames = new ArrayList<>();
    SseParser parser = new SseParser(frames::add);
    parser.feed(bytes);
    parser.close();
    return frames;
  }

  /** Feeds {@code bytes} in pieces of {@code size} bytes. */
  private static List<SseFrame> parseInPieces(byte[] bytes, int size) {
    List<SseFrame> frames = new ArrayList<>();
    SseParser parser = new SseParser(frames::add);
    for (int i = 0; i < bytes.length; i += size) {
      parser.feed(bytes, i, Math.min(size, bytes.length - i));
    }
    parser.close();
    return frames;
  }

  private static final String MIXED = "event: message_start\ndata: {\"a\":1}\n\n"
      + ": comment\n\n"
      + "data: first\ndata: second\n\n"
      + "id: 7\nretry: 100\ndata: plain\n\n"
      + "data: [DONE]\n\n";

  private static final List<SseFrame> MIXED_FRAMES = List.of(
      new SseFrame("message_start", "{\"a\":1}"),
      SseFrame.data("first\nsecond"),
      SseFrame.data("plain"),
      SseFrame.data("[DONE]"));

  @Test
  void parsesEventsMultiLineDataAndSkipsCommentsIdAndRetry() {
    assertThat(parse(MIXED)).isEqualTo(MIXED_FRAMES);
    assertThat(parse(MIXED).get(3).isDone()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 5, 7, 64})
  void anySplitOfTheBytesGivesTheSameFrames(int size) {
    assertThat(parseInPieces(MIXED.getBytes(StandardCharsets.UTF_8), size)).isEqualTo(MIXED_FRAMES);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\r\n", "\r", "\n"})
  void acceptsEveryLineEnd(String eol) {
    String text = MIXED.replace("\n", eol);
    assertThat(parse(text)).isEqualTo(MIXED_FRAMES);
    assertThat(parseInPieces(text.getBytes(StandardCharsets.UTF_8), 1)).isEqualTo(MIXED_FRAMES);
  }

  @Test
  void crlfSplitBetweenFeedsIsOneLineEnd() {
    List<SseFrame> frames = new ArrayList<>();
    SseParser parser = new SseParser(frames::add);
    parser.feed("data: a\r".getBytes(StandardCharsets.UTF_8));
    parser.feed("\ndata: b\r".getBytes(StandardCharsets.UTF_8));
    parser.feed("\n\r\n".getBytes(StandardCharsets.UTF_8));
    assertThat(frames).containsExactly(SseFrame.data("a\nb"));
  }

  @Test
  void utf8CharactersSplitAcrossFeedsSurvive() {
    byte[] bytes = "data: 11 °C ✓ 🌧\n\n".getBytes(StandardCharsets.UTF_8);
    for (int cut = 1; cut < bytes.length; cut++) {
      List<SseFrame> frames = new ArrayList<>();
      SseParser parser = new SseParser(frames::add);
      parser.feed(bytes, 0, cut);
      parser.feed(bytes, cut, bytes.length - cut);
      assertThat(frames).as("cut at %d", cut).containsExactly(SseFrame.data("11 °C ✓ 🌧"));
    }
  }

  @Test
  void closeDispatchesAnEventWithoutTrailingBlankLine() {
    assertThat(parse("data: one\n\ndata: [DONE]")).containsExactly(
        SseFrame.data("one"), SseFrame.data("[DONE]"));
    assertThat(parse("data: last\n")).containsExactly(SseFrame.data("last"));
  }

  @Test
  void closeWithNothingPendingEmitsNothing() {
    assertThat(parse("data: x\n\n")).hasSize(1);
    assertThat(parse("")).isEmpty();
    assertThat(parse(": only a comment")).isEmpty();
  }

  @Test
  void fieldValueRulesFollowTheSpec() {
    assertThat(parse("data:no-space\n\n")).containsExactly(SseFrame.data("no-space"));
    assertThat(parse("data:  two spaces\n\n")).containsExactly(SseFrame.data(" two spaces"));
    assertThat(parse("data\n\n")).containsExactly(SseFrame.data(""));
    assertThat(parse("data: a:b:c\n\n")).containsExactly(SseFrame.data("a:b:c"));
    assertThat(parse("unknown: x\ndata: y\n\n")).containsExactly(SseFrame.data("y"));
  }

  @Test
  void eventWithoutDataIsReportedWithEmptyData() {
    assertThat(parse("event: ping\n\n")).containsExactly(new SseFrame("ping", ""));
  }

  @Test
  void eventNameDoesNotLeakIntoTheNextFrame() {
    assertThat(parse("event: a\ndata: 1\n\ndata: 2\n\n"))
        .containsExactly(new SseFrame("a", "1"), SseFrame.data("2"));
  }

  @Test
  void dropsAByteOrderMarkAtTheStartOfTheStream() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = "data: x\n\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, bytes, 0, bom.length);
    System.arraycopy(body, 0, bytes, bom.length, body.length);
    assertThat(parse(bytes)).containsExactly(SseFrame.data("x"));
    assertThat(parseInPieces(bytes, 1)).containsExactly(SseFrame.data("x"));
  }

  @Test
  void anEventLargerThanTheLimitIsRefusedInsteadOfGrowingMemory() {
    SseParser parser = new SseParser(f -> { });
    byte[] chunk = new byte[1024 * 1024];
    Arrays.fill(chunk, (byte) 'x');
    parser.feed("data: ".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> {
      for (int i = 0; i < 17; i++) {
        parser.feed(chunk);
      }
    }).isInstanceOf(SseOverflowException.class);
  }

  @Test
  void manySmallEventsNeverHitTheLimit() {
    AtomicInteger frames = new AtomicInteger();
    SseParser parser = new SseParser(f -> frames.incrementAndGet());
    byte[] event = ("data: " + "y".repeat(1000) + "\n\n").getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < 20_000; i++) {
      parser.feed(event);
    }
    assertThat(frames.get()).isEqualTo(20_000);
  }

  @Test
  void joinsThreeOrMoreDataLines() {
    assertThat(parse("data: a\ndata:\ndata: c\n\ndata: next\n\n"))
        .containsExactly(SseFrame.data("a\n\nc"), SseFrame.data("next"));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 100, 255, 256, 257, 5000})
  void linesLongerThanTheInitialBufferSurviveAnySplit(int size) {
    String value = "x".repeat(1000) + "°" + "y".repeat(3000);
    byte[] bytes = ("event: big\ndata: " + value + "\n\n").getBytes(StandardCharsets.UTF_8);
    assertThat(parseInPieces(bytes, size)).containsExactly(new SseFrame("big", value));
  }
}
