package dev.switchboard.engine.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The small text formats of the config: durations, sizes, .env files, URL secrets, did-you-mean. */
class ConfigTextTest {

  @Test
  void durationsParseEveryUnitAndFormatBack() {
    assertThat(DurationText.parse("200ms")).isEqualTo(Duration.ofMillis(200));
    assertThat(DurationText.parse("15s")).isEqualTo(Duration.ofSeconds(15));
    assertThat(DurationText.parse("5m")).isEqualTo(Duration.ofMinutes(5));
    assertThat(DurationText.parse("1h")).isEqualTo(Duration.ofHours(1));
    assertThat(DurationText.parse("90d")).isEqualTo(Duration.ofDays(90));
    assertThat(DurationText.parse("0.5s")).isEqualTo(Duration.ofMillis(500));
    assertThat(DurationText.parse("0")).isEqualTo(Duration.ZERO);
    assertThat(DurationText.format(Duration.ofDays(90))).isEqualTo("90d");
    assertThat(DurationText.format(Duration.ofMillis(1500))).isEqualTo("1500ms");
    assertThat(DurationText.format(Duration.ofMinutes(90))).isEqualTo("90m");
    assertThat(DurationText.format(Duration.ZERO)).isEqualTo("0s");
    assertThat(DurationText.format(null)).isNull();
  }

  @Test
  void badDurationsAreRejected() {
    for (String bad : List.of("15", "-5s", "1w", "s", "1.5.2s", "15 sec")) {
      assertThatThrownBy(() -> DurationText.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> DurationText.parse("0.5ms")).hasMessageContaining("not a whole number of milliseconds");
  }

  @Test
  void sizesParseUnitsAndPlainBytes() {
    assertThat(SizeText.parse("32MiB")).isEqualTo(32L << 20);
    assertThat(SizeText.parse("1 GiB")).isEqualTo(1L << 30);
    assertThat(SizeText.parse("4KiB")).isEqualTo(4096);
    assertThat(SizeText.parse("100B")).isEqualTo(100);
    assertThat(SizeText.parse("1048576")).isEqualTo(1L << 20);
    assertThat(SizeText.parse("1.5KiB")).isEqualTo(1536);
    assertThat(SizeText.format(32L << 20)).isEqualTo("32MiB");
    assertThat(SizeText.format(1500)).isEqualTo("1500B");
    for (String bad : List.of("32MB", "-1", "lots", "1.5B")) {
      assertThatThrownBy(() -> SizeText.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void dotEnvReadsCommentsQuotesAndExport() {
    String text = """
        # comment line

        PLAIN=value # trailing comment
        export EXPORTED=yes
        DOUBLE="a \\"b\\" # not a comment\\n"
        SINGLE='$literal ${X} \\n'
        EMPTY=
        SPACED = padded value
        """;

    assertThat(DotEnvFile.parse(text, Path.of(".env"))).containsExactly(
        java.util.Map.entry("PLAIN", "value"),
        java.util.Map.entry("EXPORTED", "yes"),
        java.util.Map.entry("DOUBLE", "a \"b\" # not a comment\n"),
        java.util.Map.entry("SINGLE", "$literal ${X} \\n"),
        java.util.Map.entry("EMPTY", ""),
        java.util.Map.entry("SPACED", "padded value"));
  }

  @Test
  void dotEnvErrorsNameTheLine() {
    assertThatThrownBy(() -> DotEnvFile.parse("OK=1\njust words\nB=\"open\n", Path.of(".env")))
        .isInstanceOf(ConfigException.class)
        .hasMessage(".env:2: expected KEY=VALUE, got 'just words'\n.env:3: the double-quoted value is not closed");
  }

  @Test
  void secretUrlsHidePasswordsAndSecretParameters() {
    assertThat(SecretUrl.redact("postgresql://u:p@h:5432/db")).isEqualTo("postgresql://u:<redacted>@h:5432/db");
    assertThat(SecretUrl.redact("redis://secret@h:6379")).isEqualTo("redis://<redacted>@h:6379");
    assertThat(SecretUrl.redact("postgres://u@h/db")).isEqualTo("postgres://u@h/db");
    assertThat(SecretUrl.redact("postgres://h/db?user=u&password=p")).isEqualTo("postgres://h/db?user=u&password=<redacted>");
    assertThat(SecretUrl.redact("sqlite:/tmp/a.db")).isEqualTo("sqlite:/tmp/a.db");
    assertThat(SecretUrl.redact(null)).isNull();
    assertThat(SecretUrl.looksSecret("x-goog-api-key")).isTrue();
    assertThat(SecretUrl.looksSecret("Proxy-Authorization")).isTrue();
    assertThat(SecretUrl.looksSecret("anthropic-version")).isFalse();
  }

  @Test
  void didYouMeanUsesEditDistanceThenPrefixes() {
    List<String> known = List.of("connect", "first-byte", "idle");
    assertThat(DidYouMean.closest("conect", known)).contains("connect");
    assertThat(DidYouMean.closest("idel", known)).contains("idle");
    assertThat(DidYouMean.closest("first", known)).contains("first-byte");
    assertThat(DidYouMean.closest("zzz", known)).isEmpty();
    assertThat(DidYouMean.distance("weigth", "weight")).isEqualTo(1);
  }
}
