package dev.switchboard.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownTableTest {

  @Test
  void showsRatioToNginxAndTheBudgetVerdict() {
    Figures f = new Figures();
    f.add("S1", "direct", "req_per_s", 30000);
    f.add("S1", "nginx", "req_per_s", 10000);
    f.add("S1", "switchboard", "req_per_s", 6000);
    f.add("S1", "switchboard", "req_per_s", 8000);
    String table = MarkdownTable.render(Rows.all(List.of()), f);
    assertThat(table).contains("| S1 | throughput, 64 connections | 30,000 req/s | 10,000 req/s | 7,000 req/s | 0.70x");
    assertThat(table).contains("≥ 0.7x nginx | met |");
  }

  @Test
  void latencyRowsShowWhatEachProxyAddsOverDirect() {
    Figures f = new Figures();
    f.add("S2", "direct", "p99_us", 400);
    f.add("S2", "nginx", "p99_us", 600);
    f.add("S2", "switchboard", "p99_us", 1900);
    String table = MarkdownTable.render(Rows.all(List.of()), f);
    assertThat(table).contains("| 200 µs | 1,500 µs | added ≤ 1000 µs | **missed** |");
  }

  @Test
  void aBudgetWithoutItsFiguresIsNotApplicableNeverMet() {
    Figures f = new Figures();
    f.add("S5", "switchboard", "req_per_s", 5000);
    assertThat(MarkdownTable.render(Rows.all(List.of()), f)).contains("≥ 0.85x S1 | n/a |");
  }
}
