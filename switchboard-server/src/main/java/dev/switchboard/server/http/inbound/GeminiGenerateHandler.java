package dev.switchboard.server.http.inbound;

import dev.switchboard.translate.canonical.StreamMode;
import dev.switchboard.translate.format.Format;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code POST /v1beta/models/{model}:generateContent} and {@code :streamGenerateContent?alt=sse}:
 * the model and the stream flag come from the path (route regex groups 0 and 1).
 */
public final class GeminiGenerateHandler implements Handler<RoutingContext> {

  private final ExchangeRunner runner;

  public GeminiGenerateHandler(ExchangeRunner runner) {
    this.runner = runner;
  }

  @Override
  public void handle(RoutingContext ctx) {
    runner.serve(ctx, Format.GEMINI, (decoded, c) -> {
      String model = c.pathParam("param0");
      boolean stream = "streamGenerateContent".equals(c.pathParam("param1"));
      return decoded.withModel(model).withStream(stream ? StreamMode.ON_WITH_USAGE : StreamMode.OFF);
    });
  }
}
