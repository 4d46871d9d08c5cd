package dev.switchboard.engine.exchange;

import dev.switchboard.translate.canonical.Usage;
import java.math.BigDecimal;

/**
 * What an exchange cost once it ended: its usage (upstream-reported, or estimated and flagged),
 * its price in USD (null when the model has no price: never a silent 0) and its status label
 * ({@code ok}, or the failure kind in lower case, or {@code client_gone}).
 */
public record Settlement(Usage usage, BigDecimal costUsd, String status) {}
