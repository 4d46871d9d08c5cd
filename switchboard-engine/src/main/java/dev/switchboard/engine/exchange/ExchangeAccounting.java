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
import dev.switchboard.translate.canonical.Usage;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The books of every exchange: before it, admission against the global and per-key request and
 * token windows (reserving an estimate of the tokens when a token limit applies); after it,
 * settling the reservation with the real usage (estimated with the tokenizer when the upstream
 * reported none), pricing it, adding it to the key's budget and counting it in the metrics.
 * Memory only: never a store call on the request path. One per process, shared by every event loop.
 */
public final class ExchangeAccounting {

  private final RequestLimiter limiter;
  private final BudgetLedger budgets;
  private final GatewayMetrics metrics;
  private final TokenEstimator tokens;

  public ExchangeAccounting(RequestLimiter limiter, BudgetLedger budgets, GatewayMetrics metrics, TokenEstimator tokens) {
    this.limiter = limiter;
    this.budgets = budgets;
    this.metrics = metrics;
    this.tokens = tokens;
  }

  public GatewayMetrics metrics() {
    return metrics;
  }

  /** Admits or rejects the exchange against the request and token windows. */
  public Admission admit(Exchange exchange, GatewayState state) {
    LimitsConfig limits = state.config().limits();
    Caller caller = exchange.caller();
    int tpm = caller.tpm() != null ? caller.tpm() : limits.perKeyTpm();
    long estimate = tpm > 0 ? tokens.reservation(exchange.request()) : 0;
    return limiter.admit(caller, limits, estimate);
  }

  /** Counts a request turned away by a limit (it reached no upstream and used no tokens). */
  public void rejected(Exchange exchange, Admission.Rejected rejected) {
    List<String> models = exchange.requestedModels();
    metrics.request(exchange.inbound().name().toLowerCase(Locale.ROOT), models.isEmpty() ? null : models.get(0),
        "limited_" + rejected.limit().name().toLowerCase(Locale.ROOT), Duration.ofMillis(exchange.elapsedMillis()));
  }

  /** Settles the exchange once it ended; {@code admitted} is its admission (null when it had none). */
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
    return new Settlement(usage, cost, status);
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
