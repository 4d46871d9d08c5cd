package dev.switchboard.server.http;

import dev.switchboard.engine.access.Caller;
import dev.switchboard.engine.access.ClientKeyDirectory;
import dev.switchboard.translate.canonical.ApiError;
import dev.switchboard.translate.canonical.ErrorType;
import dev.switchboard.translate.format.Format;
import io.vertx.ext.web.RoutingContext;

/**
 * Authenticates the client key of a request against the in-memory directory: a missing or unknown
 * key is answered 401 and a disabled key 403, in the endpoint's format. Every client endpoint
 * (generation, token counts, model lists, status) goes through here.
 */
public final class CallerAuth {

  private CallerAuth() {}

  /** The enabled caller, or null after the error was answered. */
  public static Caller authenticate(RoutingContext ctx, Format format, ClientKeyDirectory keys) {
    String key = ClientKeys.presented(ctx.request());
    if (key == null) {
      ErrorRenderer.render(ctx.response(), format, new ApiError(401, ErrorType.AUTHENTICATION,
          "missing client key: send it as 'Authorization: Bearer <key>', 'x-api-key' or 'x-goog-api-key'",
          null, "missing_api_key"));
      return null;
    }
    Caller caller = keys.lookup(key);
    if (caller == null) {
      ErrorRenderer.render(ctx.response(), format, new ApiError(401, ErrorType.AUTHENTICATION,
          "invalid client key", null, "invalid_api_key"));
      return null;
    }
    if (!caller.enabled()) {
      ErrorRenderer.render(ctx.response(), format, new ApiError(403, ErrorType.PERMISSION,
          "this client key is disabled", null, "key_disabled"));
      return null;
    }
    return caller;
  }
}
