package dev.switchboard.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.engine.limit.Admission;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Each benchmark's {@code @Setup} checks that its cases really translate, route or select (a
 * benchmark of a failure path measures nothing useful); running them here keeps that true.
 */
class BenchmarkSetupTest {

  @Test
  void requestTranslationCasesTranslate() throws IOException {
    RequestTranslationBenchmark b = new RequestTranslationBenchmark();
    b.setup();
    assertThat(b.jsonOnly()).isNotEmpty();
  }

  @Test
  void streamCasesCarryTheirDelta() {
    StreamChunkBenchmark b = new StreamChunkBenchmark();
    b.setup();
    assertThat(b.sseParserOnly().data()).contains("is drier");
  }

  @Test
  void routeCasesResolve() {
    RouteResolutionBenchmark b = new RouteResolutionBenchmark();
    b.setup();
    assertThat(b.listedWithFallbacks().models()).containsExactly("gpt-4o", "claude-sonnet-4-5", "gemini-2.5-flash");
  }

  @Test
  void bothStrategiesSpreadOverAllTenCredentials() {
    for (String strategy : new String[] {"ROUND_ROBIN", "WEIGHTED"}) {
      CredentialSelectionBenchmark b = new CredentialSelectionBenchmark();
      b.strategy = strategy;
      b.setup();
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < 40; i++) {
        seen.add(b.firstAttempt().credential().label());
      }
      assertThat(seen).as(strategy).hasSize(10);
    }
  }

  @Test
  void limitChecksAdmit() {
    LimitCheckBenchmark b = new LimitCheckBenchmark();
    b.setup();
    for (int i = 0; i < 10_000; i++) {
      assertThat(b.admitAndSettle()).isInstanceOf(Admission.Admitted.class);
      assertThat(b.credentialAcquire()).isTrue();
    }
  }
}
