package dev.switchboard.server.http.admin;

import dev.switchboard.engine.access.KeyRegistry;
import dev.switchboard.engine.config.AdminConfig;
import dev.switchboard.engine.store.UsageStore;
import io.vertx.core.WorkerExecutor;
import java.util.function.Supplier;

/**
 * What the admin routes work with: the key registry and the usage store (both blocking, so run on
 * {@code worker}), and the current admin config (it follows reloads).
 */
public record AdminServices(KeyRegistry keys, UsageStore usage, Supplier<AdminConfig> admin, WorkerExecutor worker) {}
