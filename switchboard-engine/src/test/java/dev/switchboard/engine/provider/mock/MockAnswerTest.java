package dev.switchboard.engine.provider.mock;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MockAnswerTest {

  @Test
  void splitsAtWordBoundariesKeepingEveryCharacter() {
    String text = "Hello from the mock provider, streamed.";
    assertThat(MockAnswer.split(text, 3)).containsExactly("Hello from ", "the mock ", "provider, streamed.");
    assertThat(String.join("", MockAnswer.split(text, 100))).isEqualTo(text);
    assertThat(MockAnswer.split(text, 100)).hasSize(6);
    assertThat(MockAnswer.split("", 4)).containsExactly("");
    assertThat(MockAnswer.split("one", 1)).containsExactly("one");
  }
}
