package dev.switchboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigCheckCommandTest {

  @TempDir
  Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = SwitchboardCli.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void aValidConfigPrintsProvidersAndRoutesWithoutSecrets() throws Exception {
    Path f = dir.resolve("switchboard.yaml");
    Files.writeString(f, """
        client-keys: [ { key: sk-team-secret, name: team } ]
        routing: { fallbacks: { gpt-4o: [claude] } }
        providers:
          - id: openai
            type: openai
            models: [ { name: gpt-4o, alias: gpt4 }, { name: mini, upstream: gpt-4o-mini } ]
            credentials: [ { key: sk-upstream-secret, weight: 2 }, { key: other, disabled: true } ]
          - id: anything
            type: mock
        """);
    Run r = run("config", "check", "-c", f.toString());

    assertThat(r.code()).as(r.err()).isEqualTo(0);
    assertThat(r.out()).contains("openai [openai", "credentials: 1 enabled, 1 disabled", "gpt-4o (alias gpt4)",
        "mini -> gpt-4o-mini", "gpt4 -> openai/gpt-4o", "any other model -> anything", "fallback: gpt-4o then claude",
        ": OK");
    assertThat(r.out()).doesNotContain("sk-upstream-secret").doesNotContain("sk-team-secret");
  }

  @Test
  void anInvalidConfigExitsTwoNamingFileLineAndField() throws Exception {
    Path f = dir.resolve("bad.yaml");
    Files.writeString(f, """
        providers:
          - id: openai
            type: openai
            credentials:
              - { key: abc, weigth: 2 }
        """);
    Run r = run("config", "check", "-c", f.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("bad.yaml:5").contains("weigth").contains("did you mean 'weight'");
  }

  @Test
  void aMissingFileExitsTwo() {
    Run r = run("config", "check", "-c", dir.resolve("nope.yaml").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("nope.yaml").contains("not found");
  }

  @Test
  void anUnknownCommandIsAUsageError() {
    assertThat(run("frobnicate").code()).isEqualTo(2);
  }
}
