package dev.switchboard.engine.exchange;

import dev.switchboard.engine.access.Caller;
import dev.switchboard.engine.config.LimitsConfig;
import dev.switchboard.engine.config.ProviderConfig;
import dev.switchboard.engine.limit.Admission;
import dev.switchboard.engine.limit.BudgetLedger;
import dev.switchboard.engine.limit.RequestLimiter;
import dev.switchboard.engine.metrics.GatewayMetrics;
import dev.switchboard.engine.pricing.ProviderHints;
import dev.switchboard.engine.resilience.AttemptRecord;
import dev.switchboard.engine.tokens.TokenEstimator;
import dev.switchboard.engine.usage.UsageWriter;
import dev.switchboard.translate.canonical.Usage;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The books of every exchange: before it, admission against the global and per-key request and
 * token windows (reserving an estimate of the tokens when a token limit applies); after it,
 * settling the reservation with the real usage (estimated with the tokenizer when the upstream
 * reported none), pricing it, adding it to the key's budget, counting it in the metrics and handing
 * its usage record to the batched writer (which never blocks).
 * Memory only: never a store call on the request path. One per process, shared by every event loop.
 */
public final class ExchangeAccounting {

  private final RequestLimiter limiter;
  private final BudgetLedger budgets;
  private final GatewayMetrics metrics;
  private final TokenEstimator tokens;
  private final UsageWriter usage;

  public ExchangeAccounting(Ledgers ledgers, GatewayMetrics metrics, TokenEstimator tokens, UsageWriter usage) {
    this.limiter = ledgers.requests();
    this.budgets = ledgers.budgets();
    this.metrics = metrics;
    this.tokens = tokens;
    this.usage = usage;
  }

  public GatewayMetrics metrics() {
    return metrics;
  }

  /** Admits or rejects the exchange against the request and token windows. */
  public Admission admit(Exchange exchange, GatewayState state) {
    LimitsConfig limits = state.config().limits();
    Caller caller = exchange.caller();
    if (caller.budgetUsd() != null) {
      Optional<Admission.Rejected> over = budgets.check(caller.keyId(), caller.budgetUsd(), caller.budgetPeriod());
      if (over.isPresent()) {
        return over.get();
      }
    }
    int tpm = caller.tpm() != null ? caller.tpm() : limits.perKeyTpm();
    long estimate = tpm > 0 ? tokens.reservation(exchange.request()) : 0;
    return limiter.admit(caller, limits, estimate);
  }

  /** Books a request turned away by a limit or budget (it reached no upstream and used no tokens). */
  public void rejected(Exchange exchange, Admission.Rejected rejected) {
    String status = "limited_" + rejected.limit().name().toLowerCase(Locale.ROOT);
    List<String> models = exchange.requestedModels();
    metrics.request(exchange.inbound().name().toLowerCase(Locale.ROOT), models.isEmpty() ? null : models.get(0),
        status, Duration.ofMillis(exchange.elapsedMillis()));
    record(exchange, new Settlement(null, null, status), 429);
  }

  /**
   * Settles the exchange once it ended ({@code admitted} is its admission, null when it had none)
   * and hands its usage record to the batched writer.
   */
  public Settlement settle(Exchange exchange, Outcome outcome, Admission.Admitted admitted, GatewayState state) {
    String status = status(exchange, outcome);
    boolean served = outcome instanceof Outcome.Json || outcome instanceof Outcome.Streamed;
    Usage usage = served ? tokens.orEstimate(exchange.usage(), exchange.request(), exchange.outputText()) : null;
    if (admitted != null) {
      if (usage == null) {
        admitted.reservation().release();
      } else {
        admitted.reservation().settle(usage.totalTokens());
      }
    }
    BigDecimal cost = usage == null ? null : price(exchange, usage, state);
    if (usage != null) {
      budgets.record(exchange.caller().keyId(), cost);
      if (cost == null) {
        metrics.unpriced(exchange.currentModel());
      }
    }
    for (AttemptRecord a : exchange.attempts()) {
      metrics.attempt(a.providerId(), a.failure() == null ? "ok" : a.failure().name().toLowerCase(Locale.ROOT));
    }
    List<String> models = exchange.requestedModels();
    metrics.request(exchange.inbound().name().toLowerCase(Locale.ROOT), models.isEmpty() ? null : models.get(0),
        status, Duration.ofMillis(exchange.elapsedMillis()));
    Settlement settlement = new Settlement(usage, cost, status);
    record(exchange, settlement, httpStatus(outcome));
    return settlement;
  }

  private void record(Exchange exchange, Settlement settlement, int httpStatus) {
    if (usage != null && !usage.accept(UsageRecords.of(exchange, settlement, httpStatus))) {
      metrics.usageDropped();
    }
  }

  private static int httpStatus(Outcome outcome) {
    if (outcome instanceof Outcome.Json j) {
      return j.status();
    }
    return outcome instanceof Outcome.Failed f ? f.error().status() : 200;
  }

  private BigDecimal price(Exchange exchange, Usage usage, GatewayState state) {
    String providerId = exchange.currentProvider();
    ProviderConfig p = providerId == null ? null : state.config().provider(providerId);
    List<String> hints = p == null ? List.of() : ProviderHints.of(p.id(), p.type());
    return state.costs().cost(exchange.currentModel(), hints, usage);
  }

  private static String status(Exchange exchange, Outcome outcome) {
    if (outcome instanceof Outcome.Json) {
      return "ok";
    }
    if (outcome instanceof Outcome.Streamed s) {
      if (s.ok()) {
        return "ok";
      }
      return s.failure() == null ? "client_gone" : s.failure().kind().name().toLowerCase(Locale.ROOT);
    }
    AttemptRecord last = exchange.lastAttempt();
    if (last != null && last.failure() != null) {
      return last.failure().name().toLowerCase(Locale.ROOT);
    }
    Outcome.Failed f = (Outcome.Failed) outcome;
    return f.error().type().name().toLowerCase(Locale.ROOT);
  }
}
