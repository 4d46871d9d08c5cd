package dev.switchboard.engine.config;

import java.util.Comparator;
import java.util.List;

/**
 * A configuration (or its {@code .env}) that cannot be used, with every problem found in it, in
 * file order. The message lists up to {@value #SHOWN} problems, one per line, so a user fixes them
 * in one pass rather than one run per mistake.
 */
public final class ConfigException extends RuntimeException {

  /** How many problems the message lists; {@link #problems()} always has all of them. */
  public static final int SHOWN = 20;

  private static final long serialVersionUID = 1L;

  private final transient List<ConfigProblem> problems;

  public ConfigException(List<ConfigProblem> problems) {
    super(describe(inFileOrder(problems)));
    this.problems = inFileOrder(problems);
  }

  /** A single problem, e.g. a file that cannot be read. */
  public ConfigException(ConfigProblem problem) {
    this(List.of(problem));
  }

  public List<ConfigProblem> problems() {
    return problems;
  }

  private static List<ConfigProblem> inFileOrder(List<ConfigProblem> problems) {
    return problems.stream()
        .sorted(Comparator.comparingInt(ConfigProblem::line).thenComparingInt(ConfigProblem::column))
        .toList();
  }

  private static String describe(List<ConfigProblem> sorted) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < sorted.size() && i < SHOWN; i++) {
      if (i > 0) {
        text.append('\n');
      }
      text.append(sorted.get(i));
    }
    if (sorted.size() > SHOWN) {
      text.append("\n(and ").append(sorted.size() - SHOWN).append(" more problems)");
    }
    return text.toString();
  }
}
