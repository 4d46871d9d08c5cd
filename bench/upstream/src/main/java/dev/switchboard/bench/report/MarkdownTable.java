package dev.switchboard.bench.report;

import static dev.switchboard.bench.report.Budgets.DIRECT;
import static dev.switchboard.bench.report.Budgets.NGINX;
import static dev.switchboard.bench.report.Budgets.SB;

import java.util.List;
import java.util.Locale;

/**
 * Renders the rows over a run's figures: one line per row with the three targets, Switchboard's
 * ratio to nginx, the latency each proxy adds over the direct target, and the budget verdict.
 */
final class MarkdownTable {

  private static final String HEADER = "| Scenario | Figure | direct | nginx | Switchboard | Switchboard ÷ nginx"
      + " | added over direct: nginx | added over direct: Switchboard | Budget | Verdict |\n"
      + "|---|---|--:|--:|--:|--:|--:|--:|---|---|\n";

  private MarkdownTable() {}

  static String render(List<Row> rows, Figures f) {
    StringBuilder out = new StringBuilder(HEADER);
    for (Row r : rows) {
      double direct = f.median(r.scenario(), DIRECT, r.metric());
      double nginx = f.median(r.scenario(), NGINX, r.metric());
      double sb = f.median(r.scenario(), SB, r.metric());
      if (Double.isNaN(direct) && Double.isNaN(nginx) && Double.isNaN(sb)) {
        continue;
      }
      boolean compared = r.kind() != Kind.AMOUNT;
      boolean latency = r.kind() == Kind.LATENCY;
      out.append("| ").append(r.scenario()).append(" | ").append(r.label())
          .append(" | ").append(value(direct, r)).append(" | ").append(value(nginx, r))
          .append(" | ").append(value(sb, r))
          .append(" | ").append(compared ? ratio(sb, nginx) : "")
          .append(" | ").append(latency ? value(nginx - direct, r) : "")
          .append(" | ").append(latency ? value(sb - direct, r) : "")
          .append(" | ").append(r.budget().text()).append(" | ").append(r.budget().verdict(f)).append(" |\n");
    }
    return out.toString();
  }

  private static String value(double stored, Row r) {
    if (Double.isNaN(stored)) {
      return "–";
    }
    double shown = stored / r.unit().scale();
    String number = Math.abs(shown) >= 100 || r.unit().scale() == 1 && shown == Math.rint(shown)
        ? String.format(Locale.ROOT, "%,.0f", shown)
        : String.format(Locale.ROOT, "%,.2f", shown);
    return r.unit().name().isEmpty() ? number : number + " " + r.unit().name();
  }

  private static String ratio(double sb, double nginx) {
    if (Double.isNaN(sb) || Double.isNaN(nginx) || nginx == 0) {
      return "–";
    }
    return String.format(Locale.ROOT, "%.2fx", sb / nginx);
  }
}
