package dev.switchboard.engine.route;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GlobTest {

  @Test
  void starAndQuestionMarkMatchLikeShellGlobsAndRegexCharactersAreLiteral() {
    assertThat(Glob.of("gpt-*").matches("gpt-4o")).isTrue();
    assertThat(Glob.of("gpt-*").matches("chatgpt-4o")).isFalse();
    assertThat(Glob.of("o?-mini").matches("o1-mini")).isTrue();
    assertThat(Glob.of("a.b").matches("axb")).isFalse();
    assertThat(Glob.of("a.b").matches("a.b")).isTrue();
    assertThat(Glob.of("claude-*").matches("CLAUDE-3")).isTrue();
  }
}
