package dev.switchboard.bench.report;

/**
 * The budget lines, as tests over the Switchboard ({@code sb}), nginx and direct figures.
 */
final class Budgets {

  static final String SB = "switchboard";
  static final String NGINX = "nginx";
  static final String DIRECT = "direct";

  private Budgets() {}

  /** Switchboard's figure is at least {@code x} times nginx's. */
  static Budget ratioToNginxAtLeast(String scenario, String metric, double x) {
    return new Budget("≥ " + x + "x nginx",
        f -> f.median(scenario, SB, metric) >= x * f.median(scenario, NGINX, metric),
        f -> present(f, scenario, SB, metric) && present(f, scenario, NGINX, metric));
  }

  /** Switchboard's figure is at most {@code x} times nginx's. */
  static Budget atMostTimesNginx(String scenario, String metric, double x) {
    return new Budget("≤ " + x + "x nginx",
        f -> f.median(scenario, SB, metric) <= x * f.median(scenario, NGINX, metric),
        f -> present(f, scenario, SB, metric) && present(f, scenario, NGINX, metric));
  }

  /** Switchboard adds at most {@code micros} over the direct target. */
  static Budget addedAtMost(String scenario, String metric, long micros) {
    return new Budget("added ≤ " + micros + " µs",
        f -> f.median(scenario, SB, metric) - f.median(scenario, DIRECT, metric) <= micros,
        f -> present(f, scenario, SB, metric) && present(f, scenario, DIRECT, metric));
  }

  /** Switchboard's figure in {@code scenario} is at least {@code x} times its figure in {@code base}. */
  static Budget ratioToScenarioAtLeast(String scenario, String base, String metric, double x) {
    return new Budget("≥ " + x + "x " + base,
        f -> f.median(scenario, SB, metric) >= x * f.median(base, SB, metric),
        f -> present(f, scenario, SB, metric) && present(f, base, SB, metric));
  }

  /** Switchboard's figure is at most {@code max} (in stored units). */
  static Budget atMost(String scenario, String metric, double max, String text) {
    return new Budget(text, f -> f.median(scenario, SB, metric) <= max, f -> present(f, scenario, SB, metric));
  }

  private static boolean present(Figures f, String scenario, String target, String metric) {
    return !Double.isNaN(f.median(scenario, target, metric));
  }
}
