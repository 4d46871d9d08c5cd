package dev.switchboard.server.http;

import dev.switchboard.engine.exchange.ExchangeAccounting;
import dev.switchboard.server.http.admin.AdminServices;
import java.util.function.BooleanSupplier;

/**
 * What the HTTP layer shares across event loops besides the gateway state: the accounting (limits,
 * budgets, metrics, usage records), the readiness flag, the largest accepted body, and the admin
 * API's services.
 */
public record HttpServices(ExchangeAccounting accounting, BooleanSupplier ready, long maxBody, AdminServices admin) {}
