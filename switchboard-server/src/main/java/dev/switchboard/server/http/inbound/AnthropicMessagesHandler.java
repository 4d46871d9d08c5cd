package dev.switchboard.server.http.inbound;

import dev.switchboard.translate.format.Format;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/** {@code POST /v1/messages}: Anthropic Messages, streamed or not. */
public final class AnthropicMessagesHandler implements Handler<RoutingContext> {

  private final ExchangeRunner runner;

  public AnthropicMessagesHandler(ExchangeRunner runner) {
    this.runner = runner;
  }

  @Override
  public void handle(RoutingContext ctx) {
    runner.serve(ctx, Format.ANTHROPIC_MESSAGES, RequestShaper.AS_IS);
  }
}
