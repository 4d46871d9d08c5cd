package dev.switchboard.bench.report;

import java.util.function.Predicate;

/**
 * One line of the performance budget attached to a row: its wording and the test over the
 * run's figures. A budget whose figures are missing reads as "n/a", never as met.
 */
record Budget(String text, Predicate<Figures> met, Predicate<Figures> measurable) {

  static final Budget NONE = new Budget("", f -> true, f -> false);

  String verdict(Figures f) {
    if (text.isEmpty()) {
      return "";
    }
    if (!measurable.test(f)) {
      return "n/a";
    }
    return met.test(f) ? "met" : "**missed**";
  }
}
