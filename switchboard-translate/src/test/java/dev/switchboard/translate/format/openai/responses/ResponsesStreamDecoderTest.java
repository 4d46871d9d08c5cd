package dev.switchboard.translate.format.openai.responses;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.translate.canonical.ErrorType;
import dev.switchboard.translate.canonical.FinishReason;
import dev.switchboard.translate.canonical.StreamEvent;
import dev.switchboard.translate.sse.SseFrame;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResponsesStreamDecoderTest {

  private final ResponsesStreamDecoder decoder = new ResponsesStreamDecoder();
  private final List<StreamEvent> events = new ArrayList<>();

  private void feed(String type, String json) {
    decoder.decode(new SseFrame(type, json.replace('\'', '"')), events::add);
  }

  @Test
  void malformedDataIsAnErrorAndEndsTheStream() {
    feed("response.created", "{not json");
    feed("response.output_text.delta", "{'type':'response.output_text.delta','delta':'x'}");

    assertThat(events).singleElement().isInstanceOfSatisfying(StreamEvent.Error.class,
        e -> assertThat(e.error().type()).isEqualTo(ErrorType.BAD_GATEWAY));
    assertThat(decoder.finished()).isTrue();
  }

  @Test
  void aStreamCutBeforeCompletionEndsInAnError() {
    feed("response.created", "{'type':'response.created','response':{'id':'resp_1','model':'m'}}");
    feed("response.output_text.delta", "{'type':'response.output_text.delta','item_id':'m1','delta':'Hi'}");
    assertThat(decoder.finished()).isFalse();

    decoder.end(events::add);

    assertThat(events).hasSize(3);
    assertThat(events.get(2)).isInstanceOf(StreamEvent.Error.class);
    assertThat(events).noneMatch(e -> e instanceof StreamEvent.Finish);
  }

  @Test
  void endAfterCompletionAddsNothing() {
    feed("response.completed", "{'type':'response.completed','response':{'id':'resp_1','status':'completed','output':[]}}");
    decoder.end(events::add);

    assertThat(events).hasSize(2);
    assertThat(events.get(1)).isInstanceOfSatisfying(StreamEvent.Finish.class,
        f -> assertThat(f.reason()).isEqualTo(FinishReason.STOP));
  }

  @Test
  void incompleteForLengthIsALengthFinishWithUsage() {
    feed("response.incomplete", "{'type':'response.incomplete','response':{'status':'incomplete',"
        + "'incomplete_details':{'reason':'max_output_tokens'},'output':[],"
        + "'usage':{'input_tokens':9,'output_tokens':16,'output_tokens_details':{'reasoning_tokens':16}}}}");

    StreamEvent.Finish finish = (StreamEvent.Finish) events.get(events.size() - 1);
    assertThat(finish.reason()).isEqualTo(FinishReason.LENGTH);
    assertThat(finish.usage().inputTokens()).isEqualTo(9);
    assertThat(finish.usage().reasoningTokens()).isEqualTo(16);
  }

  @Test
  void summaryPartsAreSeparatedByABlankLine() {
    feed(null, "{'type':'response.reasoning_summary_text.delta','item_id':'rs','summary_index':0,'delta':'a'}");
    feed(null, "{'type':'response.reasoning_summary_text.delta','item_id':'rs','summary_index':1,'delta':'b'}");

    assertThat(events).filteredOn(e -> e instanceof StreamEvent.ThinkingDelta)
        .extracting(e -> ((StreamEvent.ThinkingDelta) e).text()).containsExactly("a", "\n\n", "b");
  }

  @Test
  void errorEventsWithNestedErrorObjectsAreRead() {
    feed("error", "{'type':'error','error':{'code':'insufficient_quota','message':'pay up'}}");

    assertThat(events).singleElement().isInstanceOfSatisfying(StreamEvent.Error.class, e -> {
      assertThat(e.error().type()).isEqualTo(ErrorType.QUOTA_EXHAUSTED);
      assertThat(e.error().message()).isEqualTo("pay up");
    });
  }

  @Test
  void theEventLineNamesTheEventWhenDataHasNoType() {
    feed("response.output_text.delta", "{'item_id':'m','delta':'x'}");

    assertThat(events).last().isInstanceOfSatisfying(StreamEvent.TextDelta.class,
        t -> assertThat(t.text()).isEqualTo("x"));
  }

  @Test
  void argumentsForAnUnknownItemAreIgnored() {
    feed(null, "{'type':'response.function_call_arguments.delta','item_id':'fc_x','delta':'{}'}");

    assertThat(events).noneMatch(e -> e instanceof StreamEvent.ToolCallDelta);
  }

  @Test
  void framesWithoutDataAndUnknownEventsAreIgnored() {
    feed("ping", "");
    feed("response.web_search_call.searching", "{'type':'response.web_search_call.searching'}");
    feed(null, "{'no':'type'}");

    assertThat(events).isEmpty();
    assertThat(decoder.finished()).isFalse();
  }
}
