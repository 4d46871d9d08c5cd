package dev.switchboard.engine.config;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the known word a mistyped one most likely meant: the closest by Damerau-Levenshtein
 * distance (optimal string alignment, at most 2 edits, case ignored), else one that starts with it
 * or that it starts with. Used for unknown keys and unknown choice values.
 */
final class DidYouMean {

  private static final int MAX_DISTANCE = 2;
  private static final int MIN_PREFIX = 3;

  private DidYouMean() {}

  static Optional<String> closest(String word, Collection<String> known) {
    String typed = word.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = MAX_DISTANCE + 1;
    for (String candidate : known) {
      int d = distance(typed, candidate.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    if (best != null || typed.length() < MIN_PREFIX) {
      return Optional.ofNullable(best);
    }
    for (String candidate : known) {
      String lower = candidate.toLowerCase(Locale.ROOT);
      if (lower.startsWith(typed) || (typed.startsWith(lower) && lower.length() >= MIN_PREFIX)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
