package dev.switchboard.translate.format.anthropic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.translate.canonical.ErrorType;
import dev.switchboard.translate.canonical.StreamEvent;
import dev.switchboard.translate.sse.SseFrame;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Odd upstream streams: malformed frames, errors, events after the end. */
class AnthropicStreamDecoderTest {

  private final AnthropicStreamDecoder decoder = new AnthropicStreamDecoder();
  private final List<StreamEvent> events = new ArrayList<>();

  private void feed(String event, String data) {
    decoder.decode(new SseFrame(event, data), events::add);
  }

  @Test
  void malformedDataIsABadGatewayErrorAndEndsTheStream() {
    feed("message_start", "{not json");
    assertThat(decoder.finished()).isTrue();
    assertThat(events).singleElement().isInstanceOfSatisfying(StreamEvent.Error.class,
        e -> assertThat(e.error().type()).isEqualTo(ErrorType.BAD_GATEWAY));
    feed("message_stop", "{\"type\":\"message_stop\"}");
    decoder.end(events::add);
    assertThat(events).hasSize(1);
  }

  @Test
  void errorEventWithoutJsonIsStillAnError() {
    feed("error", "upstream exploded");
    assertThat(events).singleElement().isInstanceOfSatisfying(StreamEvent.Error.class,
        e -> assertThat(e.error().status()).isEqualTo(500));
  }

  @Test
  void endAfterMessageStopAddsNothingAndLateEventsAreIgnored() {
    feed("message_start", "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_1\",\"usage\":{\"input_tokens\":3}}}");
    feed("message_stop", "{\"type\":\"message_stop\"}");
    feed("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"late\"}}");
    decoder.end(events::add);
    assertThat(events).hasSize(2);
    assertThat(events.get(1)).isInstanceOf(StreamEvent.Finish.class);
  }

  @Test
  void contentBeforeMessageStartStartsTheStream() {
    feed("content_block_start", "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"pre\"}}");
    assertThat(events).hasSize(2);
    assertThat(events.get(0)).isInstanceOf(StreamEvent.Start.class);
    assertThat(events.get(1)).isEqualTo(new StreamEvent.TextDelta("pre"));
  }

  @Test
  void toolUseStartWithInputCarriesItAsArguments() {
    feed("content_block_start", "{\"type\":\"content_block_start\",\"index\":4,"
        + "\"content_block\":{\"type\":\"tool_use\",\"id\":\"t\",\"name\":\"f\",\"input\":{\"a\":1}}}");
    assertThat(events).contains(new StreamEvent.ToolCallStart(0, "t", "f"),
        new StreamEvent.ToolCallDelta(0, "{\"a\":1}"));
  }

  @Test
  void cutStreamEndsInAnError() {
    feed("message_start", "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_1\"}}");
    assertThat(decoder.finished()).isFalse();
    decoder.end(events::add);
    assertThat(events.get(events.size() - 1)).isInstanceOf(StreamEvent.Error.class);
    assertThat(decoder.finished()).isTrue();
  }
}
