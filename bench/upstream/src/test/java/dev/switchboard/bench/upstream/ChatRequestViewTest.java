package dev.switchboard.bench.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChatRequestViewTest {

  @Test
  void readsStreamUsageAndModel() {
    ChatRequestView v = ChatRequestView.of(
        "{\"model\": \"bench-c5-i0\", \"stream\" : true, \"stream_options\":{\"include_usage\":true}}");
    assertThat(v).isEqualTo(new ChatRequestView(true, true, "bench-c5-i0"));
  }

  @Test
  void absentStreamMeansAComplete() {
    assertThat(ChatRequestView.of("{\"model\":\"m\",\"stream\":false}").stream()).isFalse();
  }
}
