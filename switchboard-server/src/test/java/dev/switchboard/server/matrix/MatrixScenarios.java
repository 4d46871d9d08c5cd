package dev.switchboard.server.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.switchboard.testkit.FakeUpstream;
import dev.switchboard.testkit.RecordedRequest;
import dev.switchboard.testkit.WireReplies;
import dev.switchboard.translate.Json;
import java.util.List;

/**
 * Runs one matrix case: sends the scenario's requests with the case's SDK client, then asserts
 * what the client saw (text, tool call, reasoning, finish reason, usage) and what the fake
 * upstream received ({@link UpstreamCheck}).
 */
final class MatrixScenarios {

  private final SdkClient client;
  private final FakeUpstream fake;
  private final MatrixCase c;
  private final UpstreamCheck upstream;

  MatrixScenarios(SdkClient client, FakeUpstream fake, MatrixCase c) {
    this.client = client;
    this.fake = fake;
    this.c = c;
    this.upstream = UpstreamCheck.of(c.upstream());
  }

  void run() throws Exception {
    switch (c.scenario()) {
      case TEXT -> plain(Ask.Extras.NONE);
      case IMAGE -> plain(Ask.Extras.IMAGES);
      case REASONING -> reasoning();
      case TOOL_ROUND_TRIP -> toolRoundTrip();
      case UPSTREAM_ERROR -> upstreamError();
    }
  }

  private Ask ask(Ask.Extras extras) {
    return Ask.first(c.upstream().model(), c.delivery(), extras);
  }

  private void plain(Ask.Extras extras) throws Exception {
    Ask ask = ask(extras);
    Seen seen = client.send(ask);
    assertText(seen, WireReplies.TEXT);
    assertThat(seen.thinking()).as("thinking").isEmpty();
    upstream.check(only(), c, ask);
  }

  private void reasoning() throws Exception {
    Ask ask = ask(Ask.Extras.REASONING);
    Seen seen = client.send(ask);
    assertText(seen, WireReplies.TEXT);
    assertThat(seen.thinking()).as("thinking text").isEqualTo(WireReplies.THINKING);
    if (c.client() == ClientKind.ANTHROPIC) {
      assertThat(AnthropicSdk.signatures(seen)).as("thinking signatures").containsExactly(
          c.upstream() == UpstreamKind.ANTHROPIC ? WireReplies.ANTHROPIC_SIGNATURE : "");
    }
    upstream.check(only(), c, ask);
  }

  private void toolRoundTrip() throws Exception {
    Ask ask = ask(Ask.Extras.TOOLS);
    Seen first = client.send(ask);
    assertThat(first.calls()).as("tool calls").hasSize(1);
    SeenCall call = first.calls().get(0);
    assertThat(call.name()).isEqualTo(Ask.TOOL);
    assertThat(Json.parseOrNull(call.arguments())).isEqualTo(Json.parseOrNull(WireReplies.TOOL_ARGUMENTS));
    if (c.client() != ClientKind.GEMINI) {
      assertThat(call.id()).as("tool call id").isNotBlank();
    }
    assertThat(first.finish()).isEqualTo(Seen.Finish.TOOL_CALLS);
    assertUsage(first);
    upstream.check(only(), c, ask);

    fake.reset();
    Ask second = ask.answering(first);
    Seen answer = client.send(second);
    assertText(answer, WireReplies.AFTER_TOOL_TEXT);
    upstream.check(only(), c, second);
  }

  private void upstreamError() {
    int status = c.upstream().errorStatus(c.delivery());
    Ask ask = ask(Ask.Extras.NONE).withUser(Ask.USER + " " + WireReplies.failMarker(status));
    Throwable thrown = catchThrowable(() -> client.send(ask));
    assertThat(thrown).as("the SDK's error").isNotNull();
    client.assertUpstreamError(thrown, status, WireReplies.ERROR_MESSAGE);
    upstream.endpoint(only(), c);
  }

  private void assertText(Seen seen, String text) {
    assertThat(seen.text()).as("answer text").isEqualTo(text);
    assertThat(seen.calls()).as("tool calls").isEmpty();
    assertThat(seen.finish()).as("finish reason").isEqualTo(Seen.Finish.STOP);
    assertUsage(seen);
  }

  private static void assertUsage(Seen seen) {
    assertThat(seen.inputTokens()).as("input tokens").isEqualTo(WireReplies.INPUT_TOKENS);
    assertThat(seen.outputTokens()).as("output tokens (with reasoning)").isEqualTo(WireReplies.OUTPUT_TOKENS);
  }

  private RecordedRequest only() {
    List<RecordedRequest> sent = fake.requests();
    assertThat(sent).as("requests the upstream received").hasSize(1);
    return sent.get(0);
  }
}
