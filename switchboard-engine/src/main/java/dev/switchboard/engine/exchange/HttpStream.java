package dev.switchboard.engine.exchange;

import dev.switchboard.engine.provider.EventSource;
import dev.switchboard.translate.Translator;
import dev.switchboard.translate.canonical.ApiError;
import dev.switchboard.translate.canonical.ErrorType;
import dev.switchboard.translate.canonical.StreamEvent;
import dev.switchboard.translate.format.StreamDecoder;
import dev.switchboard.translate.sse.SseParser;
import dev.switchboard.translate.sse.SseWriter;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
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

  Future<Outcome> pump(HttpClientResponse resp, HttpClientRequest request, long keepaliveMillis) {
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
    resp.handler(buf -> parser.feed(buf.getBytes()));
    resp.endHandler(v -> {
      parser.close();
      List<StreamEvent> tail = new ArrayList<>(1);
      decoder.end(tail::add);
      pump.upstreamEnded(tail);
    });
    resp.exceptionHandler(t -> pump.upstreamFailed(new ApiError(502, ErrorType.BAD_GATEWAY,
        "upstream stream failed: " + (t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage()))));
    Future<Outcome> result = pump.start(new ResponseSource(resp, request), vertx, keepaliveMillis);
    resp.resume();
    return result;
  }

  /** The upstream response as an event source: pause and resume reading, cancel by resetting the request. */
  private record ResponseSource(HttpClientResponse resp, HttpClientRequest request) implements EventSource {
    @Override
    public void pause() {
      resp.pause();
    }

    @Override
    public void resume() {
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
