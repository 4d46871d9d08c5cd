package dev.switchboard.translate.format.openai.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.translate.canonical.ErrorType;
import dev.switchboard.translate.canonical.FinishReason;
import dev.switchboard.translate.canonical.StreamEvent;
import dev.switchboard.translate.sse.SseFrame;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenAiChatStreamDecoderTest {

  private final OpenAiChatStreamDecoder decoder = new OpenAiChatStreamDecoder();
  private final List<StreamEvent> events = new ArrayList<>();

  private void feed(String... data) {
    for (String d : data) {
      decoder.decode(SseFrame.data(d), events::add);
    }
  }

  private static String chunk(String choiceBody) {
    return "{\"id\":\"c\",\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":0," + choiceBody + "}]}";
  }

  @Test
  void malformedDataIsABadGatewayError() {
    feed(chunk("\"delta\":{\"content\":\"a\"}"), "{not json", chunk("\"delta\":{\"content\":\"b\"}"));
    decoder.end(events::add);
    assertThat(events).hasSize(3);
    assertThat(events.get(2)).isInstanceOfSatisfying(StreamEvent.Error.class,
        e -> assertThat(e.error().type()).isEqualTo(ErrorType.BAD_GATEWAY));
    assertThat(decoder.finished()).isTrue();
  }

  @Test
  void finishIsHeldUntilDoneSoItCarriesTheUsage() {
    feed(chunk("\"delta\":{\"content\":\"a\"},\"finish_reason\":\"stop\""));
    assertThat(events).noneMatch(e -> e instanceof StreamEvent.Finish);
    assertThat(decoder.finished()).isFalse();
    feed("{\"id\":\"c\",\"choices\":[],\"usage\":{\"prompt_tokens\":3,\"completion_tokens\":2}}",
        "[DONE]");
    StreamEvent last = events.get(events.size() - 1);
    assertThat(last).isInstanceOfSatisfying(StreamEvent.Finish.class, f -> {
      assertThat(f.reason()).isEqualTo(FinishReason.STOP);
      assertThat(f.usage().inputTokens()).isEqualTo(3);
      assertThat(f.usage().outputTokens()).isEqualTo(2);
    });
    assertThat(decoder.finished()).isTrue();
    decoder.end(events::add);
    feed(chunk("\"delta\":{\"content\":\"after\"}"));
    assertThat(events.get(events.size() - 1)).isSameAs(last);
  }

  @Test
  void ignoresEmptyDataAndEventOnlyFramesAndOtherChoices() {
    decoder.decode(new SseFrame("ping", ""), events::add);
    feed("", "{\"id\":\"c\",\"choices\":[{\"index\":1,\"delta\":{\"content\":\"other\"}},"
        + "{\"index\":0,\"delta\":{\"content\":\"mine\"}}]}");
    assertThat(events).containsExactly(new StreamEvent.Start("c", null, 0, null),
        new StreamEvent.TextDelta("mine"));
  }

  @Test
  void legacyFunctionCallDeltasBecomeOneToolCall() {
    feed(chunk("\"delta\":{\"function_call\":{\"name\":\"f\",\"arguments\":\"\"}}"),
        chunk("\"delta\":{\"function_call\":{\"arguments\":\"{}\"}}"),
        chunk("\"delta\":{},\"finish_reason\":\"function_call\""), "[DONE]");
    assertThat(events).contains(new StreamEvent.ToolCallStart(0, "call_sb0", "f"),
        new StreamEvent.ToolCallDelta(0, "{}"),
        new StreamEvent.Finish(FinishReason.TOOL_CALLS, null));
  }

  @Test
  void finishReasonErrorWithoutAnErrorObjectIsAnError() {
    feed(chunk("\"delta\":{\"content\":\"a\"},\"finish_reason\":\"error\""), "[DONE]");
    assertThat(events.get(events.size() - 1)).isInstanceOf(StreamEvent.Error.class);
  }

  @Test
  void doneAloneStillStartsAndFinishes() {
    feed("[DONE]");
    assertThat(events).hasSize(2);
    assertThat(events.get(0)).isInstanceOf(StreamEvent.Start.class);
    assertThat(events.get(1)).isEqualTo(new StreamEvent.Finish(FinishReason.STOP, null));
  }

  @Test
  void endWithoutAnythingIsACutConnection() {
    decoder.end(events::add);
    assertThat(events).singleElement().isInstanceOfSatisfying(StreamEvent.Error.class, e -> {
      assertThat(e.error().status()).isEqualTo(502);
      assertThat(e.error().message()).isEqualTo("upstream stream ended before completion");
    });
  }
}
