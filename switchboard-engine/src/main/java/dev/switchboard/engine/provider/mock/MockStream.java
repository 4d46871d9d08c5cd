package dev.switchboard.engine.provider.mock;

import dev.switchboard.engine.provider.EventSource;
import dev.switchboard.translate.canonical.ApiError;
import dev.switchboard.translate.canonical.ChatRequest;
import dev.switchboard.translate.canonical.StreamEvent;
import dev.switchboard.translate.canonical.Usage;
import io.vertx.core.Vertx;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

/**
 * One mock stream: a queue of events played one per {@code interval}, paused and resumed by the
 * consumer's back-pressure, stopped by cancel.
 */
final class MockStream implements EventSource {

  private final Vertx vertx;
  private final long interval;
  private final Consumer<StreamEvent> sink;
  private final Deque<StreamEvent> queue = new ArrayDeque<>();
  private boolean paused;
  private boolean cancelled;
  private boolean scheduled;

  MockStream(Vertx vertx, long interval, Consumer<StreamEvent> sink) {
    this.vertx = vertx;
    this.interval = Math.max(0, interval);
    this.sink = sink;
  }

  void fail(ApiError error) {
    queue.add(new StreamEvent.Error(error));
    schedule();
  }

  void play(ChatRequest request, MockAnswer answer) {
    queue.add(new StreamEvent.Start(MockIds.next(), request.model(), System.currentTimeMillis() / 1000,
        new Usage(answer.usage().inputTokens(), 0, 0, 0, 0, false)));
    if (answer.thinking() != null) {
      queue.add(new StreamEvent.ThinkingDelta(answer.thinking()));
    }
    if (answer.toolCall() != null) {
      queue.add(new StreamEvent.ToolCallStart(0, answer.toolCall().id(), answer.toolCall().name()));
      queue.add(new StreamEvent.ToolCallDelta(0, answer.toolCall().arguments()));
    }
    answer.textChunks().forEach(t -> queue.add(new StreamEvent.TextDelta(t)));
    queue.add(new StreamEvent.Finish(answer.finishReason(), answer.usage()));
    schedule();
  }

  @Override
  public void pause() {
    paused = true;
  }

  @Override
  public void resume() {
    paused = false;
    schedule();
  }

  @Override
  public void cancel() {
    cancelled = true;
    queue.clear();
  }

  private void schedule() {
    if (scheduled || paused || cancelled || queue.isEmpty()) {
      return;
    }
    scheduled = true;
    StreamEvent head = queue.peek();
    long delay = head instanceof StreamEvent.Start || head instanceof StreamEvent.Finish ? 0 : interval;
    if (head instanceof StreamEvent.Error || delay == 0) {
      vertx.runOnContext(v -> emit());
    } else {
      vertx.setTimer(delay, id -> emit());
    }
  }

  private void emit() {
    scheduled = false;
    if (cancelled || paused) {
      return;
    }
    StreamEvent e = queue.poll();
    if (e != null) {
      sink.accept(e);
      schedule();
    }
  }
}
