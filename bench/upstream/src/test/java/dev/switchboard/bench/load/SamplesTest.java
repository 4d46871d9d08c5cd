package dev.switchboard.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SamplesTest {

  @Test
  void nearestRankQuantiles() {
    Samples s = new Samples();
    for (int i = 1; i <= 2000; i++) {
      s.add(i);
    }
    assertThat(s.quantile(0.5)).isEqualTo(1000);
    assertThat(s.quantile(0.99)).isEqualTo(1980);
    assertThat(s.quantile(0.999)).isEqualTo(1998);
    assertThat(s.max()).isEqualTo(2000);
  }

  @Test
  void emptyIsZero() {
    assertThat(new Samples().quantile(0.99)).isZero();
  }
}
