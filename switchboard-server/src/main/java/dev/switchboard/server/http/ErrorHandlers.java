package dev.switchboard.server.http;

import dev.switchboard.translate.canonical.ApiError;
import dev.switchboard.translate.canonical.ErrorType;
import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers for requests no handler took and for failures raised by the router (a body over
 * {@code max-body}, an unexpected exception): always an error body in the route's format, never
 * a stack trace. Unexpected exceptions are logged with the request id.
 */
final class ErrorHandlers {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorHandlers.class);

  private ErrorHandlers() {}

  static void notFound(RoutingContext ctx) {
    ErrorRenderer.render(ctx.response(), RouteFormat.of(ctx), new ApiError(404, ErrorType.NOT_FOUND,
        "no such endpoint: " + ctx.request().method() + " " + ctx.request().path()));
  }

  static void failure(RoutingContext ctx) {
    int status = ctx.statusCode();
    ApiError error;
    if (status == 413) {
      error = new ApiError(413, ErrorType.REQUEST_TOO_LARGE, "the request body is larger than the server's max-body");
    } else if (status == 400) {
      error = ApiError.invalidRequest("the request could not be read");
    } else if (status == 405) {
      error = new ApiError(405, ErrorType.INVALID_REQUEST, "method not allowed: " + ctx.request().method());
    } else if (status > 0 && status < 500) {
      error = new ApiError(status, ErrorType.fromStatus(status), "the request was rejected");
    } else {
      LOG.error("request {} failed: {}", RouteFormat.requestId(ctx), ctx.request().path(), ctx.failure());
      error = new ApiError(500, ErrorType.SERVER, "internal error; request id " + RouteFormat.requestId(ctx));
    }
    ErrorRenderer.render(ctx.response(), RouteFormat.of(ctx), error);
  }
}
