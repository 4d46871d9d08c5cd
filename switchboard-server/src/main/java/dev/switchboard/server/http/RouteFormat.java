package dev.switchboard.server.http;

import dev.switchboard.translate.format.Format;
import io.vertx.ext.web.RoutingContext;

/**
 * Per-request values the route table attaches to the routing context: the endpoint's format (so
 * errors raised anywhere, such as a 413 from the body reader, are rendered in it) and the request id.
 */
public final class RouteFormat {

  private static final String FORMAT = "sb.format";
  private static final String REQUEST_ID = "sb.requestId";

  private RouteFormat() {}

  public static void tag(RoutingContext ctx, Format format) {
    ctx.put(FORMAT, format);
  }

  public static Format of(RoutingContext ctx) {
    Format f = ctx.get(FORMAT);
    return f == null ? Format.OPENAI_CHAT : f;
  }

  public static void requestId(RoutingContext ctx, String id) {
    ctx.put(REQUEST_ID, id);
  }

  public static String requestId(RoutingContext ctx) {
    return ctx.get(REQUEST_ID);
  }
}
