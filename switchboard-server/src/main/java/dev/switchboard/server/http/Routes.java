package dev.switchboard.server.http;

import dev.switchboard.engine.exchange.Gateway;
import dev.switchboard.engine.tokens.TokenEstimator;
import dev.switchboard.server.http.admin.AdminRoutes;
import dev.switchboard.server.http.admin.AdminServices;
import dev.switchboard.server.http.inbound.AnthropicMessagesHandler;
import dev.switchboard.server.http.inbound.CountTokensHandler;
import dev.switchboard.server.http.inbound.ExchangeRunner;
import dev.switchboard.server.http.inbound.GeminiGenerateHandler;
import dev.switchboard.server.http.inbound.HealthHandler;
import dev.switchboard.server.http.inbound.ModelsHandler;
import dev.switchboard.server.http.inbound.OpenAiChatHandler;
import dev.switchboard.server.http.inbound.OpenAiResponsesHandler;
import dev.switchboard.server.http.inbound.StatusHandler;
import dev.switchboard.translate.format.Format;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/** The whole route table, on one screen. */
public final class Routes {

  private static final String GEMINI_GENERATE = "/v1beta/models/([^/:]+):(generateContent|streamGenerateContent)";
  private static final String GEMINI_COUNT = "/v1beta/models/([^/:]+):countTokens";

  private Routes() {}

  public static Router build(Vertx vertx, Gateway gateway, HttpServices services) {
    Router r = Router.router(vertx);
    ExchangeRunner runner = new ExchangeRunner(gateway, services.accounting());
    BodyHandler body = BodyHandler.create(false).setBodyLimit(services.maxBody());

    r.route().handler(Routes::requestId);
    r.get("/health").handler(HealthHandler.liveness());
    r.get("/health/ready").handler(new HealthHandler(services.ready()));
    r.get("/metrics").handler(new MetricsHandler(gateway, services.accounting().metrics()));

    post(r, "/v1/chat/completions", Format.OPENAI_CHAT)
        .handler(body).handler(new OpenAiChatHandler(runner));
    post(r, "/v1/responses", Format.OPENAI_RESPONSES)
        .handler(body).handler(new OpenAiResponsesHandler(runner));
    post(r, "/v1/messages", Format.ANTHROPIC_MESSAGES)
        .handler(body).handler(new AnthropicMessagesHandler(runner));
    postRegex(r, GEMINI_GENERATE, Format.GEMINI)
        .handler(body).handler(new GeminiGenerateHandler(runner));
    post(r, "/v1/messages/count_tokens", Format.ANTHROPIC_MESSAGES)
        .handler(body).handler(new CountTokensHandler(gateway, Format.ANTHROPIC_MESSAGES, TokenEstimator.shared()));
    postRegex(r, GEMINI_COUNT, Format.GEMINI)
        .handler(body).handler(new CountTokensHandler(gateway, Format.GEMINI, TokenEstimator.shared()));
    r.get("/v1/models").handler(new ModelsHandler(gateway, Format.OPENAI_CHAT));
    r.get("/v1beta/models").handler(tag(Format.GEMINI)).handler(new ModelsHandler(gateway, Format.GEMINI));
    r.get("/v1/status").handler(new StatusHandler(gateway));
    AdminRoutes.mount(r, services.admin());

    r.route().last().handler(ErrorHandlers::notFound);
    r.route().failureHandler(ErrorHandlers::failure);
    return r;
  }

  /**
   * A POST endpoint of one format: a first route tags requests with the format (so errors from the
   * body reader are rendered in it; Vert.x wants the body handler first on its own route), and the
   * returned second route takes the body handler and the endpoint's handler.
   */
  private static Route post(Router r, String path, Format format) {
    r.post(path).handler(tag(format));
    return r.post(path);
  }

  private static Route postRegex(Router r, String regex, Format format) {
    r.postWithRegex(regex).handler(tag(format));
    return r.postWithRegex(regex);
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
