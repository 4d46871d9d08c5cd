package dev.switchboard.engine.exchange;

import dev.switchboard.engine.limit.BudgetLedger;
import dev.switchboard.engine.limit.RequestLimiter;

/** The in-memory books an exchange is admitted against and settled into: request/token windows and budgets. */
public record Ledgers(RequestLimiter requests, BudgetLedger budgets) {}
