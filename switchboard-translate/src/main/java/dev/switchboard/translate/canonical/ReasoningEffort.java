package dev.switchboard.translate.canonical;

import java.util.Locale;

/**
 * Reasoning effort levels with the token budgets they map to (the CLIProxyAPI table in
 * wire-formats.md §6.1 item 7).
 */
public enum ReasoningEffort {
  NONE(0),
  MINIMAL(512),
  LOW(1024),
  MEDIUM(8192),
  HIGH(24576),
  XHIGH(32768),
  MAX(128000);

  private final int budget;

  ReasoningEffort(int budget) {
    this.budget = budget;
  }

  public int budget() {
    return budget;
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The smallest effort whose budget covers {@code tokens}. */
  public static ReasoningEffort fromBudget(int tokens) {
    for (ReasoningEffort e : values()) {
      if (tokens <= e.budget) {
        return e;
      }
    }
    return MAX;
  }

  /** Parses a wire value such as {@code "high"}; null when unknown. */
  public static ReasoningEffort parse(String s) {
    if (s == null) {
      return null;
    }
    for (ReasoningEffort e : values()) {
      if (e.wireName().equals(s.toLowerCase(Locale.ROOT))) {
        return e;
      }
    }
    return null;
  }
}
