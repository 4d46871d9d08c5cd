package dev.switchboard.server.http.inbound;

import dev.switchboard.translate.format.Format;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/** {@code POST /v1/chat/completions}: OpenAI Chat Completions, streamed or not. */
public final class OpenAiChatHandler implements Handler<RoutingContext> {

  private final ExchangeRunner runner;

  public OpenAiChatHandler(ExchangeRunner runner) {
    this.runner = runner;
  }

  @Override
  public void handle(RoutingContext ctx) {
    runner.serve(ctx, Format.OPENAI_CHAT, RequestShaper.AS_IS);
  }
}
