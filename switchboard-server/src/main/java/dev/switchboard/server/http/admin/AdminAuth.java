package dev.switchboard.server.http.admin;

import dev.switchboard.engine.access.KeyHashes;
import dev.switchboard.engine.config.AdminConfig;
import dev.switchboard.translate.canonical.ApiError;
import dev.switchboard.translate.canonical.ErrorType;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * Guards {@code /admin/*}: 403 when no admin key is configured (the API is off), 401 when the
 * request presents none or another one. The key comes as {@code Authorization: Bearer} or
 * {@code x-api-key}; both sides are hashed first and compared with {@link MessageDigest#isEqual},
 * so the comparison takes the same time whatever the key and reveals neither its content nor its
 * length.
 */
final class AdminAuth implements Handler<RoutingContext> {

  private final Supplier<AdminConfig> admin;

  AdminAuth(Supplier<AdminConfig> admin) {
    this.admin = admin;
  }

  @Override
  public void handle(RoutingContext ctx) {
    AdminConfig config = admin.get();
    if (config == null || !config.enabled()) {
      AdminReplies.error(ctx, new ApiError(403, ErrorType.PERMISSION,
          "the admin API is disabled: set admin.key in the config (for example from SWITCHBOARD_ADMIN_KEY)",
          null, "admin_disabled"));
      return;
    }
    String presented = presented(ctx.request());
    if (presented == null) {
      AdminReplies.error(ctx, new ApiError(401, ErrorType.AUTHENTICATION,
          "missing admin key: send it as 'Authorization: Bearer <admin key>' or 'x-api-key'", null,
          "missing_api_key"));
      return;
    }
    if (!MessageDigest.isEqual(digest(presented), digest(config.key()))) {
      AdminReplies.error(ctx, new ApiError(401, ErrorType.AUTHENTICATION, "invalid admin key", null,
          "invalid_api_key"));
      return;
    }
    ctx.next();
  }

  private static byte[] digest(String key) {
    return HexFormat.of().parseHex(KeyHashes.sha256(key));
  }

  private static String presented(HttpServerRequest req) {
    String auth = req.getHeader("authorization");
    if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) && !auth.substring(7).isBlank()) {
      return auth.substring(7).trim();
    }
    String k = req.getHeader("x-api-key");
    return k == null || k.isBlank() ? null : k.trim();
  }
}
