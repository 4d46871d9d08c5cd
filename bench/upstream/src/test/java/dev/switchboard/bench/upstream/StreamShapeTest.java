package dev.switchboard.bench.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StreamShapeTest {

  @Test
  void modelSuffixChoosesChunksAndInterval() {
    assertThat(StreamShape.parse(null, null, "bench-c20-i1000")).isEqualTo(new StreamShape(20, 1000));
  }

  @Test
  void headersWinOverTheModelName() {
    assertThat(StreamShape.parse("7", "3", "bench-c20-i1000")).isEqualTo(new StreamShape(7, 3));
  }

  @Test
  void unknownModelAndBadHeadersFallBackToTheDefault() {
    assertThat(StreamShape.parse("many", null, "gpt-4o")).isEqualTo(StreamShape.DEFAULT);
  }

  @Test
  void chunksAreAtLeastOne() {
    assertThat(StreamShape.parse("0", "-5", "x").chunks()).isEqualTo(1);
    assertThat(StreamShape.parse("0", "-5", "x").intervalMs()).isZero();
  }
}
