package dev.switchboard.bench.report;

/**
 * One row of the table: a metric of a scenario, its label, how it reads, the unit it is shown in
 * (values are stored in {@code unit} times {@code scale}: µs shown as ms have scale 1000), and its budget.
 */
record Row(String scenario, String metric, String label, Kind kind, Unit unit, Budget budget) {

  /** A display unit and how many stored units make one of it. */
  record Unit(String name, double scale) {
    static final Unit REQ_PER_S = new Unit("req/s", 1);
    static final Unit CHUNKS_PER_S = new Unit("chunks/s", 1);
    static final Unit MICROS = new Unit("µs", 1);
    static final Unit MILLIS = new Unit("ms", 1000);
    static final Unit COUNT = new Unit("", 1);
    static final Unit MEGABYTES = new Unit("MB", 1024);
    static final Unit KILOBYTES = new Unit("KB", 1);
  }
}
