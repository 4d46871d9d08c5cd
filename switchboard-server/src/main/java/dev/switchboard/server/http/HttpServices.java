package dev.switchboard.server.http;

import dev.switchboard.engine.exchange.ExchangeAccounting;
import java.util.function.BooleanSupplier;

/**
 * What the HTTP layer shares across event loops besides the gateway state: the accounting (limits,
 * budgets, metrics), the readiness flag, and the largest accepted body.
 */
public record HttpServices(ExchangeAccounting accounting, BooleanSupplier ready, long maxBody) {}
