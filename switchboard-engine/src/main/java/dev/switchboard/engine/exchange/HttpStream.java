package dev.switchboard.engine.exchange;

import dev.switchboard.engine.provider.EventSource;
import dev.switchboard.engine.provider.UpstreamFailure;
import dev.switchboard.engine.resilience.FailureKind;
import dev.switchboard.translate.Translator;
import dev.switchboard.translate.canonical.ApiError;
import dev.switchboard.translate.canonical.ErrorType;
import dev.switchboard.translate.canonical.StreamEvent;
import dev.switchboard.translate.format.StreamDecoder;
import dev.switchboard.translate.sse.SseOverflowException;
import dev.switchboard.translate.sse.SseParser;
import dev.switchboard.translate.sse.SseWriter;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * An upstream SSE response wired into a {@link StreamPump}: bytes are parsed into frames, decoded
 * into canonical events by the upstream format's stream decoder, and handed to the pump (with the
 * raw frame text when the formats match).
 */
final class HttpStream {

  private final Exchange exchange;
  private final Translator translator;
  private final ClientChannel channel;
  private final Vertx vertx;

  HttpStream(Exchange exchange, Translator translator, ClientChannel channel, Vertx vertx) {
    this.exchange = exchange;
    this.translator = translator;
    this.channel = channel;
    this.vertx = vertx;
  }

  /**
   * Pumps {@code resp}; {@code idle} is the longest silence allowed between upstream chunks, after
   * which the stream fails with a timeout (retried before the first byte, an error event after it).
   */
  Future<Outcome> pump(HttpClientResponse resp, HttpClientRequest request, long keepaliveMillis, Duration idle) {
    boolean identity = translator.identity();
    StreamPump pump = new StreamPump(exchange, channel,
        translator.inbound().streamEncoders().apply(exchange.request()), identity);
    StreamDecoder decoder = translator.upstream().streamDecoders().apply(exchange.request());
    SseParser parser = new SseParser(frame -> {
      List<StreamEvent> events = new ArrayList<>(2);
      decoder.decode(frame, events::add);
      String raw = null;
      if (identity) {
        StringBuilder sb = new StringBuilder();
        SseWriter.write(sb, frame);
        raw = sb.toString();
      }
      pump.deliver(events, raw);
    });
    IdleWatch watch = new IdleWatch(vertx, idle, () -> {
      pump.upstreamFailed(new UpstreamFailure(new ApiError(504, ErrorType.TIMEOUT,
          "upstream stream was silent for " + idle.toSeconds() + "s"), FailureKind.TIMEOUT));
      if (request != null) {
        request.reset();
      }
    });
    resp.handler(buf -> {
      watch.touch();
      pump.hold();
      try {
        parser.feed(buf.getBytes());
      } catch (SseOverflowException e) {
        watch.stop();
        request.reset();
        pump.upstreamFailed(new UpstreamFailure(new ApiError(502, ErrorType.BAD_GATEWAY,
            "upstream stream is broken: " + e.getMessage()), FailureKind.SERVER));
      } finally {
        pump.release();
      }
    });
    resp.endHandler(v -> {
      watch.stop();
      parser.close();
      List<StreamEvent> tail = new ArrayList<>(1);
      decoder.end(tail::add);
      pump.upstreamEnded(tail);
    });
    resp.exceptionHandler(t -> {
      watch.stop();
      pump.upstreamFailed(streamFailure(t));
    });
    Future<Outcome> result = pump.start(new ResponseSource(resp, request, watch), vertx, keepaliveMillis);
    result.onComplete(ar -> watch.stop());
    watch.touch();
    resp.resume();
    return result;
  }

  private static UpstreamFailure streamFailure(Throwable t) {
    String msg = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    if (t instanceof java.util.concurrent.TimeoutException) {
      return new UpstreamFailure(new ApiError(504, ErrorType.TIMEOUT, "upstream stream timed out: " + msg),
          FailureKind.TIMEOUT);
    }
    return new UpstreamFailure(new ApiError(502, ErrorType.BAD_GATEWAY, "upstream stream failed: " + msg),
        FailureKind.NETWORK);
  }

  /**
   * The upstream response as an event source: pause and resume reading (the idle watch is
   * suspended meanwhile: a slow client is not a silent upstream), cancel by resetting the request.
   */
  private record ResponseSource(HttpClientResponse resp, HttpClientRequest request, IdleWatch watch)
      implements EventSource {
    @Override
    public void pause() {
      watch.suspend();
      resp.pause();
    }

    @Override
    public void resume() {
      watch.resume();
      resp.resume();
    }

    @Override
    public void cancel() {
      if (request != null) {
        request.reset();
      }
    }
  }
}
