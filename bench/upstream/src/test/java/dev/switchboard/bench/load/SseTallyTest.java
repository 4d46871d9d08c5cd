package dev.switchboard.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SseTallyTest {

  private static byte[] b(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void countsDeltasAcrossSplitReadsAndSeesTheMarker() {
    SseTally t = new SseTally("[DONE]");
    t.feed(b("data: {\"choices\":[{\"delta\":{\"content\":\"a\"}}]}\n\ndata: {\"choices\":[{\"del"));
    t.feed(b("ta\":{}}]}\n"));
    assertThat(t.complete()).isFalse();
    t.feed(b("\ndata: [DONE]\n\n"));
    assertThat(t.deltas()).isEqualTo(2);
    assertThat(t.complete()).isTrue();
  }

  @Test
  void anErrorEventMakesTheStreamIncomplete() {
    SseTally t = new SseTally("message_stop");
    t.feed(b("event: error\ndata: {\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\"}}\n\n"));
    t.feed(b("event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n"));
    assertThat(t.complete()).isFalse();
  }
}
