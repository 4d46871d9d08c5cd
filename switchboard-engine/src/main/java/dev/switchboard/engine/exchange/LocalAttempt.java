package dev.switchboard.engine.exchange;

import dev.switchboard.engine.provider.EventSource;
import dev.switchboard.engine.provider.LocalProvider;
import dev.switchboard.engine.route.Target;
import dev.switchboard.translate.Translators;
import dev.switchboard.translate.canonical.ChatRequest;
import dev.switchboard.translate.format.FormatCodecs;
import dev.switchboard.translate.format.StreamEncoder;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.List;

/** One attempt on an in-process provider: canonical answers encoded in the client's format. */
final class LocalAttempt {

  private final Exchange exchange;
  private final LocalProvider provider;
  private final Target target;

  LocalAttempt(Exchange exchange, LocalProvider provider, Target target) {
    this.exchange = exchange;
    this.provider = provider;
    this.target = target;
  }

  Future<Outcome> run(ClientChannel channel, Vertx vertx, long keepaliveMillis) {
    FormatCodecs client = Translators.codecs(exchange.inbound());
    ChatRequest request = exchange.request().withModel(target.upstreamModel());
    if (!request.streaming()) {
      return provider.complete(request).map(r -> {
        exchange.markFirstByte();
        exchange.appendOutput(r);
        exchange.usage(r.usage());
        return new Outcome.Json(200, client.responseEncoder().encode(r));
      });
    }
    StreamEncoder encoder = client.streamEncoders().apply(exchange.request());
    StreamPump pump = new StreamPump(exchange, channel, encoder, false);
    EventSource source = provider.stream(request, e -> pump.deliver(List.of(e), null));
    return pump.start(source, vertx, keepaliveMillis);
  }
}
