package dev.switchboard.server.http;

import dev.switchboard.engine.exchange.Gateway;
import dev.switchboard.server.http.admin.AdminRoutes;
import dev.switchboard.server.http.admin.AdminServices;
import dev.switchboard.server.http.inbound.AnthropicMessagesHandler;
import dev.switchboard.server.http.inbound.ExchangeRunner;
import dev.switchboard.server.http.inbound.GeminiGenerateHandler;
import dev.switchboard.server.http.inbound.HealthHandler;
import dev.switchboard.server.http.inbound.ModelsHandler;
import dev.switchboard.server.http.inbound.OpenAiChatHandler;
import dev.switchboard.server.http.inbound.OpenAiResponsesHandler;
import dev.switchboard.translate.format.Format;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.function.BooleanSupplier;

/** The whole route table, on one screen. */
public final class Routes {

  private static final String GEMINI_GENERATE = "/v1beta/models/([^/:]+):(generateContent|streamGenerateContent)";

  private Routes() {}

  public static Router build(Vertx vertx, Gateway gateway, long maxBody, BooleanSupplier ready,
      AdminServices admin) {
    Router r = Router.router(vertx);
    ExchangeRunner runner = new ExchangeRunner(gateway);
    BodyHandler body = BodyHandler.create(false).setBodyLimit(maxBody);

    r.route().handler(Routes::requestId);
    r.get("/health").handler(HealthHandler.liveness());
    r.get("/health/ready").handler(new HealthHandler(ready));

    generate(r.post("/v1/chat/completions"), r.post("/v1/chat/completions"), Format.OPENAI_CHAT)
        .handler(body).handler(new OpenAiChatHandler(runner));
    generate(r.post("/v1/responses"), r.post("/v1/responses"), Format.OPENAI_RESPONSES)
        .handler(body).handler(new OpenAiResponsesHandler(runner));
    generate(r.post("/v1/messages"), r.post("/v1/messages"), Format.ANTHROPIC_MESSAGES)
        .handler(body).handler(new AnthropicMessagesHandler(runner));
    generate(r.postWithRegex(GEMINI_GENERATE), r.postWithRegex(GEMINI_GENERATE), Format.GEMINI)
        .handler(body).handler(new GeminiGenerateHandler(runner));
    r.get("/v1/models").handler(new ModelsHandler(gateway, Format.OPENAI_CHAT));
    r.get("/v1beta/models").handler(tag(Format.GEMINI)).handler(new ModelsHandler(gateway, Format.GEMINI));
    AdminRoutes.mount(r, admin);

    r.route().last().handler(ErrorHandlers::notFound);
    r.route().failureHandler(ErrorHandlers::failure);
    return r;
  }

  /**
   * Tags requests of an endpoint with its format on a first route (so errors from the body reader
   * are rendered in it; Vert.x wants the body handler first on its own route) and returns the second.
   */
  private static Route generate(Route tagRoute, Route route, Format format) {
    tagRoute.handler(tag(format));
    return route;
  }

  private static Handler<RoutingContext> tag(Format format) {
    return ctx -> {
      RouteFormat.tag(ctx, format);
      ctx.next();
    };
  }

  private static void requestId(RoutingContext ctx) {
    String id = RequestIds.next();
    RouteFormat.requestId(ctx, id);
    ctx.response().putHeader("x-request-id", id);
    ctx.next();
  }
}
