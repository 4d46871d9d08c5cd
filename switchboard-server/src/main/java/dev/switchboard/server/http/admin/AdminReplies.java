package dev.switchboard.server.http.admin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.engine.store.StoreException;
import dev.switchboard.server.http.ErrorRenderer;
import dev.switchboard.server.http.RouteFormat;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.ApiError;
import dev.switchboard.translate.canonical.ErrorType;
import dev.switchboard.translate.format.Format;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How admin handlers answer: JSON bodies, errors in OpenAI's shape, and blocking store work run on
 * the admin worker with its failures mapped to statuses (an invalid request 400, the store
 * unavailable 503, anything else 500 with the request id, logged).
 */
final class AdminReplies {

  private static final Logger LOG = LoggerFactory.getLogger(AdminReplies.class);

  private AdminReplies() {}

  static <T> Future<T> blocking(AdminServices services, Callable<T> work) {
    return services.worker().executeBlocking(work, false);
  }

  static void json(RoutingContext ctx, int status, JsonNode body) {
    if (ctx.response().ended() || ctx.response().closed()) {
      return;
    }
    ctx.response().setStatusCode(status).putHeader("content-type", "application/json")
        .end(Buffer.buffer(Json.writeBytes(body)));
  }

  static void error(RoutingContext ctx, ApiError error) {
    ErrorRenderer.render(ctx.response(), Format.OPENAI_CHAT, error);
  }

  static void badRequest(RoutingContext ctx, String message, String param) {
    error(ctx, new ApiError(400, ErrorType.INVALID_REQUEST, message, param, null));
  }

  static void failure(RoutingContext ctx, Throwable e) {
    if (e instanceof IllegalArgumentException) {
      badRequest(ctx, e.getMessage(), null);
    } else if (e instanceof StoreException) {
      LOG.warn("admin request {} failed: {}", RouteFormat.requestId(ctx), e.getMessage());
      error(ctx, new ApiError(503, ErrorType.OVERLOADED, "the store is unavailable: " + e.getMessage()));
    } else {
      LOG.error("admin request {} failed", RouteFormat.requestId(ctx), e);
      error(ctx, new ApiError(500, ErrorType.SERVER, "internal error; request id " + RouteFormat.requestId(ctx)));
    }
  }
}
