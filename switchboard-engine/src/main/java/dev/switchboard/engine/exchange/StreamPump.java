package dev.switchboard.engine.exchange;

import dev.switchboard.engine.provider.EventSource;
import dev.switchboard.engine.provider.UpstreamFailure;
import dev.switchboard.engine.resilience.FailureKind;
import dev.switchboard.translate.canonical.ApiError;
import dev.switchboard.translate.canonical.ErrorType;
import dev.switchboard.translate.canonical.StreamEvent;
import dev.switchboard.translate.canonical.Usage;
import dev.switchboard.translate.format.StreamEncoder;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.List;

/**
 * Carries one upstream stream to the client. Events are buffered until the first content event,
 * then the stream is committed: before that an upstream error fails the attempt (so the attempt
 * loop can retry or fall back invisibly); after it, an error ends the client's stream with an
 * error event in the client's format and the outcome is recorded as failed, never as success.
 * Applies back-pressure (pauses the source while the client's write queue is full), sends
 * keepalives during silences, and cancels the upstream when the client leaves.
 * <p>In identity mode the upstream's own frames are written unchanged; the decoded events are used
 * only to observe usage, the end and errors.
 */
final class StreamPump {

  private final Exchange exchange;
  private final ClientChannel channel;
  private final StreamEncoder encoder;
  private final boolean identity;
  private final Promise<Outcome> promise = Promise.promise();
  private final StringBuilder pending = new StringBuilder();
  /** Output held back while one upstream read is being delivered: written once, in one syscall. */
  private final StringBuilder held = new StringBuilder();
  private boolean holding;
  private EventSource source;
  private Usage usage = Usage.ZERO;
  private boolean committed;
  private boolean done;
  private long lastWrite;
  private long keepaliveTimer = -1;

  StreamPump(Exchange exchange, ClientChannel channel, StreamEncoder encoder, boolean identity) {
    this.exchange = exchange;
    this.channel = channel;
    this.encoder = encoder;
    this.identity = identity;
  }

  /** Starts pumping from {@code src}; the future completes when the stream ended or fails before commit. */
  Future<Outcome> start(EventSource src, Vertx vertx, long keepaliveMillis) {
    this.source = src;
    channel.closeHandler(this::clientLeft);
    if (keepaliveMillis > 0) {
      keepaliveTimer = vertx.setPeriodic(keepaliveMillis, id -> keepalive(keepaliveMillis));
      promise.future().onComplete(ar -> vertx.cancelTimer(keepaliveTimer));
    }
    return promise.future();
  }

  /** Events decoded from one upstream frame; {@code raw} is the frame's text (identity mode only). */
  void deliver(List<StreamEvent> events, String raw) {
    if (done) {
      return;
    }
    StringBuilder out = new StringBuilder();
    boolean content = false;
    boolean finished = false;
    for (StreamEvent e : events) {
      track(e);
      if (e instanceof StreamEvent.Error err) {
        fail(new UpstreamFailure(err.error()), raw);
        return;
      }
      content |= !(e instanceof StreamEvent.Start || e instanceof StreamEvent.UsageReport);
      finished |= e instanceof StreamEvent.Finish;
      if (!identity) {
        encoder.encode(e, out);
      }
    }
    if (identity && raw != null) {
      out.append(raw);
    }
    if (!committed && !content) {
      pending.append(out);
      return;
    }
    write(out);
    if (finished) {
      finish(new Outcome.Streamed(true));
    }
  }

  /**
   * Holds the client output of everything delivered until {@link #release}: the frames of one
   * upstream read reach the client in one write (the end of a stream — finish, usage and its end
   * marker — usually arrives in one read and used to cost three writes).
   */
  void hold() {
    holding = true;
  }

  /** Writes what was held since {@link #hold}. */
  void release() {
    holding = false;
    flushHeld();
  }

  /** The upstream closed the stream; {@code tail} is what the decoder made of its end. */
  void upstreamEnded(List<StreamEvent> tail) {
    deliver(tail, null);
    if (!done) {
      fail(new UpstreamFailure(new ApiError(502, ErrorType.BAD_GATEWAY,
          "upstream stream ended before completion"), FailureKind.NETWORK), null);
    }
  }

  /** The upstream connection failed (reset, idle timeout). */
  void upstreamFailed(UpstreamFailure failure) {
    if (!done) {
      fail(failure, null);
    }
  }

  private void track(StreamEvent e) {
    if (e instanceof StreamEvent.TextDelta t) {
      exchange.appendOutput(t.text());
    } else if (e instanceof StreamEvent.ThinkingDelta t) {
      exchange.appendOutput(t.text());
    } else if (e instanceof StreamEvent.ToolCallDelta t) {
      exchange.appendOutput(t.argumentsPart());
    } else if (e instanceof StreamEvent.Start s && s.usage() != null) {
      usage = usage.merge(s.usage());
    } else if (e instanceof StreamEvent.UsageReport u) {
      usage = usage.merge(u.usage());
    } else if (e instanceof StreamEvent.Finish f && f.usage() != null) {
      usage = usage.merge(f.usage());
    }
  }

  private void fail(UpstreamFailure failure, String raw) {
    if (!committed) {
      done = true;
      source.cancel();
      promise.tryFail(failure);
      return;
    }
    StringBuilder out = new StringBuilder();
    if (identity && raw != null) {
      out.append(raw);
    } else {
      encoder.encode(new StreamEvent.Error(failure.error()), out);
    }
    write(out);
    source.cancel();
    finish(new Outcome.Streamed(false, failure));
  }

  private void write(StringBuilder out) {
    if (!committed) {
      committed = true;
      exchange.markFirstByte();
      channel.commit();
      out.insert(0, pending);
      pending.setLength(0);
    }
    if (out.length() == 0) {
      return;
    }
    if (holding) {
      held.append(out);
      return;
    }
    send(out.toString());
  }

  private void flushHeld() {
    if (held.length() > 0 && !done) {
      String text = held.toString();
      held.setLength(0);
      send(text);
    }
    held.setLength(0);
  }

  private void send(String text) {
    channel.write(text);
    lastWrite = System.nanoTime();
    if (channel.writeQueueFull()) {
      source.pause();
      channel.drainHandler(() -> {
        if (!done) {
          source.resume();
        }
      });
    }
  }

  private void finish(Outcome.Streamed outcome) {
    flushHeld();
    done = true;
    exchange.usage(usage);
    channel.end();
    promise.tryComplete(outcome);
  }

  private void clientLeft() {
    if (done) {
      return;
    }
    done = true;
    source.cancel();
    exchange.usage(usage);
    promise.tryComplete(new Outcome.Streamed(false, null));
  }

  private void keepalive(long intervalMillis) {
    if (done || !committed || System.nanoTime() - lastWrite < intervalMillis * 1_000_000L) {
      return;
    }
    StringBuilder out = new StringBuilder();
    encoder.keepalive(out);
    if (out.length() > 0) {
      channel.write(out.toString());
      lastWrite = System.nanoTime();
    }
  }
}
