package dev.switchboard.engine.exchange;

import dev.switchboard.engine.resilience.AttemptRecord;
import dev.switchboard.engine.usage.UsageRecord;
import dev.switchboard.translate.canonical.Usage;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Builds the usage record (INTERFACE.md §5) of an exchange from what it did and how it was settled. */
final class UsageRecords {

  private UsageRecords() {}

  static UsageRecord of(Exchange exchange, Settlement settlement, int httpStatus) {
    List<String> models = exchange.requestedModels();
    AttemptRecord last = exchange.lastAttempt();
    UsageRecord.Request request = new UsageRecord.Request(exchange.inbound().name().toLowerCase(Locale.ROOT),
        models.isEmpty() ? null : models.get(0),
        exchange.request().streaming() ? UsageRecord.Delivery.STREAM : UsageRecord.Delivery.COMPLETE);
    UsageRecord.Served served = new UsageRecord.Served(exchange.currentProvider(),
        last == null ? null : last.credentialIndex(), exchange.currentModel(), exchange.attemptsBegun());
    Usage u = settlement.usage();
    UsageRecord.Tokens tokens = u == null ? UsageRecord.Tokens.NONE : new UsageRecord.Tokens(u.inputTokens(),
        u.outputTokens(), u.cacheReadTokens(), u.reasoningTokens(),
        u.estimated() ? UsageRecord.TokenSource.ESTIMATED : UsageRecord.TokenSource.UPSTREAM);
    long firstByte = exchange.firstByteMillis();
    return new UsageRecord(exchange.requestId(), Instant.now(), exchange.caller().keyId(), request, served,
        new UsageRecord.Result(settlement.status(), httpStatus), tokens, settlement.costUsd(),
        new UsageRecord.Latency(firstByte < 0 ? null : firstByte, exchange.elapsedMillis()));
  }
}
