package dev.switchboard.engine.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.engine.access.Caller;
import dev.switchboard.engine.provider.EventSource;
import dev.switchboard.engine.provider.UpstreamFailure;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.Translators;
import dev.switchboard.translate.canonical.ApiError;
import dev.switchboard.translate.canonical.ChatRequest;
import dev.switchboard.translate.canonical.ErrorType;
import dev.switchboard.translate.canonical.FinishReason;
import dev.switchboard.translate.canonical.StreamEvent;
import dev.switchboard.translate.canonical.Usage;
import dev.switchboard.translate.format.Format;
import io.vertx.core.Future;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The pump's contract, with a scripted client channel: it commits only on content, pauses the
 * source while the client's write queue is full and resumes on drain, fails the attempt (not the
 * client) before commit, ends a committed stream with an error event, and cancels on disconnect.
 */
class StreamPumpTest {

  /** A client channel whose write queue is full on demand. */
  private static final class ScriptedChannel implements ClientChannel {
    final StringBuilder written = new StringBuilder();
    int writes;
    boolean committed;
    boolean ended;
    boolean full;
    Runnable drain;
    Runnable close;

    @Override
    public void commit() {
      committed = true;
    }

    @Override
    public void write(String text) {
      writes++;
      written.append(text);
    }

    @Override
    public boolean writeQueueFull() {
      return full;
    }

    @Override
    public void drainHandler(Runnable onDrain) {
      drain = onDrain;
    }

    @Override
    public void closeHandler(Runnable onClose) {
      close = onClose;
    }

    @Override
    public void end() {
      ended = true;
    }
  }

  /** A source that records pause, resume and cancel. */
  private static final class RecordingSource implements EventSource {
    int pauses;
    int resumes;
    boolean cancelled;

    @Override
    public void pause() {
      pauses++;
    }

    @Override
    public void resume() {
      resumes++;
    }

    @Override
    public void cancel() {
      cancelled = true;
    }
  }

  private final ScriptedChannel channel = new ScriptedChannel();
  private final RecordingSource source = new RecordingSource();

  private Future<Outcome> pump(StreamPump[] holder) {
    ChatRequest request = Translators.codecs(Format.OPENAI_CHAT).requestDecoder().decode(Json.parseOrNull(
        "{\"model\":\"m\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}"));
    Exchange exchange = new Exchange(new Exchange.Inbound("req_1", Format.OPENAI_CHAT, Json.object(), Map.of()),
        request, new Caller("k", "k", null, null, null, List.of()));
    holder[0] = new StreamPump(exchange, channel,
        Translators.codecs(Format.OPENAI_CHAT).streamEncoders().apply(request), false);
    return holder[0].start(source, null, 0);
  }

  private static StreamEvent start() {
    return new StreamEvent.Start("id", "m", 1, Usage.of(3, 0));
  }

  @Test
  void pausesTheSourceWhileTheClientIsSlowAndResumesOnDrain() {
    StreamPump[] p = new StreamPump[1];
    Future<Outcome> done = pump(p);
    p[0].deliver(List.of(start(), new StreamEvent.TextDelta("a")), null);
    assertThat(channel.committed).isTrue();
    assertThat(source.pauses).isZero();

    channel.full = true;
    p[0].deliver(List.of(new StreamEvent.TextDelta("b")), null);
    assertThat(source.pauses).isEqualTo(1);
    assertThat(source.resumes).isZero();

    channel.full = false;
    channel.drain.run();
    assertThat(source.resumes).isEqualTo(1);

    p[0].deliver(List.of(new StreamEvent.Finish(FinishReason.STOP, Usage.of(3, 2))), null);
    assertThat(channel.ended).isTrue();
    assertThat(done.result()).isEqualTo(new Outcome.Streamed(true));
    assertThat(channel.written.toString()).contains("\"a\"").contains("\"b\"").endsWith("data: [DONE]\n\n");
  }

  @Test
  void anErrorBeforeContentFailsTheAttemptWithoutTouchingTheClient() {
    StreamPump[] p = new StreamPump[1];
    Future<Outcome> done = pump(p);
    p[0].deliver(List.of(start()), null);
    p[0].deliver(List.of(new StreamEvent.Error(new ApiError(529, ErrorType.OVERLOADED, "busy"))), null);

    assertThat(done.failed()).isTrue();
    assertThat(done.cause()).isInstanceOf(UpstreamFailure.class);
    assertThat(channel.committed).isFalse();
    assertThat(channel.written).isEmpty();
    assertThat(source.cancelled).isTrue();
  }

  @Test
  void anErrorAfterContentEndsTheClientStreamWithAnErrorNotASuccess() {
    StreamPump[] p = new StreamPump[1];
    Future<Outcome> done = pump(p);
    p[0].deliver(List.of(start(), new StreamEvent.TextDelta("partial")), null);
    p[0].upstreamFailed(new UpstreamFailure(new ApiError(502, ErrorType.BAD_GATEWAY, "connection reset")));

    assertThat(channel.ended).isTrue();
    assertThat(channel.written.toString()).contains("\"error\"").doesNotContain("[DONE]");
    assertThat(((Outcome.Streamed) done.result()).ok()).isFalse();
  }

  @Test
  void aClientThatLeavesCancelsTheSource() {
    StreamPump[] p = new StreamPump[1];
    Future<Outcome> done = pump(p);
    p[0].deliver(List.of(start(), new StreamEvent.TextDelta("a")), null);
    channel.close.run();

    assertThat(source.cancelled).isTrue();
    assertThat(((Outcome.Streamed) done.result()).abandoned()).isTrue();
  }

  @Test
  void theFramesOfOneUpstreamReadReachTheClientInOneWrite() {
    StreamPump[] p = new StreamPump[1];
    Future<Outcome> done = pump(p);
    p[0].deliver(List.of(start(), new StreamEvent.TextDelta("a")), null);
    int before = channel.writes;

    p[0].hold();
    p[0].deliver(List.of(new StreamEvent.TextDelta("b")), null);
    p[0].deliver(List.of(new StreamEvent.TextDelta("c")), null);
    assertThat(channel.writes).as("held").isEqualTo(before);
    p[0].release();
    assertThat(channel.writes).isEqualTo(before + 1);
    assertThat(channel.written.toString()).contains("\"b\"").contains("\"c\"");

    p[0].hold();
    p[0].deliver(List.of(new StreamEvent.TextDelta("d")), null);
    p[0].deliver(List.of(new StreamEvent.Finish(FinishReason.STOP, Usage.of(3, 2))), null);
    assertThat(channel.ended).as("the end flushes what was held first").isTrue();
    assertThat(channel.written.toString()).contains("\"d\"").endsWith("data: [DONE]\n\n");
    p[0].release();
    assertThat(done.result()).isEqualTo(new Outcome.Streamed(true));
  }
}
