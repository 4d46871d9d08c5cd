package dev.switchboard.bench.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints the markdown table of a run: {@code java -cp switchboard-bench-upstream.jar
 * dev.switchboard.bench.report.BenchReport figures.tsv [SLOW_LEVELS...]}.
 */
public final class BenchReport {

  private BenchReport() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: BenchReport figures.tsv [slow-stream levels...]");
      System.exit(2);
    }
    List<Integer> levels = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      levels.add(Integer.parseInt(args[i]));
    }
    System.out.print(MarkdownTable.render(Rows.all(levels), Figures.read(Path.of(args[0]))));
  }
}
