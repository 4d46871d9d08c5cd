package dev.switchboard.server.http.admin;

import dev.switchboard.engine.store.KeyState;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;

/** The admin route table: {@code /admin/*} behind {@link AdminAuth}. */
public final class AdminRoutes {

  private static final long MAX_BODY = 64 * 1024;

  private AdminRoutes() {}

  /** Mounts every admin route on {@code router}; call before the router's catch-all routes. */
  public static void mount(Router router, AdminServices services) {
    KeysHandler keys = new KeysHandler(services);
    UsageHandler usage = new UsageHandler(services);
    LogsHandler logs = new LogsHandler(services);

    router.route("/admin/*").handler(new AdminAuth(services.admin()));
    router.post("/admin/keys").handler(BodyHandler.create(false).setBodyLimit(MAX_BODY)).handler(keys::create);
    router.get("/admin/keys").handler(keys::list);
    router.get("/admin/keys/:id").handler(keys::show);
    router.delete("/admin/keys/:id").handler(keys::delete);
    router.post("/admin/keys/:id/disable").handler(ctx -> keys.setState(ctx, KeyState.DISABLED));
    router.post("/admin/keys/:id/enable").handler(ctx -> keys.setState(ctx, KeyState.ENABLED));
    router.get("/admin/keys/:id/usage").handler(usage::keyUsage);
    router.get("/admin/usage").handler(usage::usage);
    router.get("/admin/logs").handler(logs::logs);
  }
}
