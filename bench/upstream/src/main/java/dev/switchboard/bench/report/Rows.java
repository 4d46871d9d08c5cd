package dev.switchboard.bench.report;

import dev.switchboard.bench.report.Row.Unit;
import java.util.ArrayList;
import java.util.List;

/**
 * The table's rows in order: what each scenario reports and the budget it answers to (issue 6,
 * item 4). Slow-stream rows are made per level the run measured.
 */
final class Rows {

  private Rows() {}

  static List<Row> all(List<Integer> slowLevels) {
    List<Row> rows = new ArrayList<>();
    rows.add(new Row("S1", "req_per_s", "throughput, 64 connections", Kind.THROUGHPUT, Unit.REQ_PER_S,
        Budgets.ratioToNginxAtLeast("S1", "req_per_s", 0.7)));
    rows.add(new Row("S1", "p50_us", "latency p50 at max load", Kind.LATENCY, Unit.MILLIS, Budget.NONE));
    rows.add(new Row("S1", "p99_us", "latency p99 at max load", Kind.LATENCY, Unit.MILLIS, Budget.NONE));
    rows.add(new Row("S1", "errors", "errors (non-2xx, socket)", Kind.AMOUNT, Unit.COUNT, Budget.NONE));
    rows.add(new Row("S2", "p50_us", "latency p50 at 1,000 req/s", Kind.LATENCY, Unit.MICROS,
        Budgets.addedAtMost("S2", "p50_us", 150)));
    rows.add(new Row("S2", "p99_us", "latency p99 at 1,000 req/s", Kind.LATENCY, Unit.MICROS,
        Budgets.addedAtMost("S2", "p99_us", 1000)));
    rows.add(new Row("S2", "p999_us", "latency p99.9 at 1,000 req/s", Kind.LATENCY, Unit.MICROS, Budget.NONE));
    rows.add(new Row("S2", "errors", "errors", Kind.AMOUNT, Unit.COUNT, Budget.NONE));
    streamRows(rows, "S3", "1,000 streams x 50 chunks / 20 ms");
    rows.add(new Row("S3", "rss_peak_kb", "RSS peak (target process)", Kind.AMOUNT, Unit.MEGABYTES, Budget.NONE));
    for (int level : slowLevels) {
      slowRows(rows, level, level == slowLevels.stream().mapToInt(Integer::intValue).max().orElse(level));
    }
    rows.add(new Row("S5", "req_per_s", "S1 with key auth, per-key limits, usage", Kind.THROUGHPUT, Unit.REQ_PER_S,
        Budgets.ratioToScenarioAtLeast("S5", "S1", "req_per_s", 0.85)));
    rows.add(new Row("S5", "errors", "errors (non-2xx, socket)", Kind.AMOUNT, Unit.COUNT, Budget.NONE));
    streamRows(rows, "S6", "Anthropic client -> OpenAI upstream");
    return rows;
  }

  private static void streamRows(List<Row> rows, String s, String what) {
    rows.add(new Row(s, "ttfb_p50_us", "TTFB p50, " + what, Kind.LATENCY, Unit.MILLIS, Budget.NONE));
    Budget p99 = "S3".equals(s) ? Budgets.atMostTimesNginx(s, "ttfb_p99_us", 2.0) : Budget.NONE;
    rows.add(new Row(s, "ttfb_p99_us", "TTFB p99, " + what, Kind.LATENCY, Unit.MILLIS, p99));
    Budget chunks = "S6".equals(s) ? Budgets.ratioToScenarioAtLeast("S6", "S3", "chunks_per_s", 0.8) : Budget.NONE;
    rows.add(new Row(s, "chunks_per_s", "chunk throughput", Kind.THROUGHPUT, Unit.CHUNKS_PER_S, chunks));
    rows.add(new Row(s, "errors", "failed or incomplete streams", Kind.AMOUNT, Unit.COUNT, Budget.NONE));
  }

  /** {@code top}: the largest level run, the one the budget judges (10,000 where descriptors allow). */
  private static void slowRows(List<Row> rows, int level, boolean top) {
    String s = "S4-" + level;
    rows.add(new Row(s, "peak_open", level + " slow streams: held at once", Kind.AMOUNT, Unit.COUNT, Budget.NONE));
    rows.add(new Row(s, "errors", level + " slow streams: errors", Kind.AMOUNT, Unit.COUNT,
        top ? Budgets.atMost(s, "errors", 0, "0 errors") : Budget.NONE));
    rows.add(new Row(s, "rss_peak_kb", level + " slow streams: RSS peak", Kind.AMOUNT, Unit.MEGABYTES, Budget.NONE));
    rows.add(new Row(s, "rss_kb_per_stream", level + " slow streams: RSS per stream", Kind.AMOUNT, Unit.KILOBYTES,
        top ? Budgets.atMost(s, "rss_kb_per_stream", 20, "≤ 20 KB") : Budget.NONE));
    // A JVM's RSS barely moves once its heap is committed: the live heap after a full GC during the
    // hold, over the one before the level, is what a stream really keeps (JVM targets only).
    rows.add(new Row(s, "heap_kb_per_stream", level + " slow streams: live heap per stream (after GC)", Kind.AMOUNT,
        Unit.KILOBYTES, top ? Budgets.atMost(s, "heap_kb_per_stream", 20, "≤ 20 KB") : Budget.NONE));
  }
}
