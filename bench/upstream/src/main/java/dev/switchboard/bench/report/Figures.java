package dev.switchboard.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The raw figures of a run, one value per scenario, target, repeat and metric, read from the
 * tab-separated file the harness appends to; {@link #median} summarises the repeats.
 */
final class Figures {

  private final Map<String, List<Double>> values = new HashMap<>();

  static Figures read(Path tsv) throws IOException {
    Figures f = new Figures();
    for (String line : Files.readAllLines(tsv)) {
      String[] c = line.split("\t");
      if (c.length == 5 && !c[4].isBlank()) {
        f.add(c[0], c[1], c[3], Double.parseDouble(c[4]));
      }
    }
    return f;
  }

  void add(String scenario, String target, String metric, double value) {
    values.computeIfAbsent(key(scenario, target, metric), k -> new ArrayList<>()).add(value);
  }

  /** The median over repeats (mean of the middle two for an even count), or NaN when absent. */
  double median(String scenario, String target, String metric) {
    List<Double> v = values.get(key(scenario, target, metric));
    if (v == null || v.isEmpty()) {
      return Double.NaN;
    }
    List<Double> sorted = v.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  int repeats(String scenario, String target, String metric) {
    List<Double> v = values.get(key(scenario, target, metric));
    return v == null ? 0 : v.size();
  }

  private static String key(String scenario, String target, String metric) {
    return scenario + "|" + target + "|" + metric;
  }
}
