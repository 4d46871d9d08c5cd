package dev.switchboard.server.http.inbound;

import dev.switchboard.translate.format.Format;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/** {@code POST /v1/responses}: the OpenAI Responses API, streamed or not. */
public final class OpenAiResponsesHandler implements Handler<RoutingContext> {

  private final ExchangeRunner runner;

  public OpenAiResponsesHandler(ExchangeRunner runner) {
    this.runner = runner;
  }

  @Override
  public void handle(RoutingContext ctx) {
    runner.serve(ctx, Format.OPENAI_RESPONSES, RequestShaper.AS_IS);
  }
}
