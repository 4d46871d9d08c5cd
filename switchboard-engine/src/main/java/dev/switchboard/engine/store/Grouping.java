package dev.switchboard.engine.store;

import java.util.Locale;

/** How {@code /admin/usage} buckets its rows ({@code group_by}). */
public enum Grouping {
  DAY,
  HOUR,
  MODEL,
  KEY,
  PROVIDER;

  /** The grouping named by {@code text} (case-insensitive), or null when it names none. */
  public static Grouping parse(String text) {
    for (Grouping g : values()) {
      if (g.name().equals(text.toUpperCase(Locale.ROOT))) {
        return g;
      }
    }
    return null;
  }
}
