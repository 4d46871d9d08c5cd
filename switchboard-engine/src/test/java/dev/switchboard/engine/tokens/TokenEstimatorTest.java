package dev.switchboard.engine.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.translate.canonical.ChatRequest;
import dev.switchboard.translate.canonical.ImageSource;
import dev.switchboard.translate.canonical.Message;
import dev.switchboard.translate.canonical.Part;
import dev.switchboard.translate.canonical.Role;
import dev.switchboard.translate.canonical.Sampling;
import dev.switchboard.translate.canonical.Tool;
import dev.switchboard.translate.canonical.Usage;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenEstimatorTest {

  private final TokenEstimator estimator = TokenEstimator.shared();

  private static ChatRequest request(List<Message> messages, List<Tool> tools, Sampling sampling) {
    return new ChatRequest("gpt-4o", messages, tools, null, null, sampling, null, null, null, null, null);
  }

  @Test
  void countsKnownStringsWithCl100kBase() {
    assertThat(estimator.encodingName()).isEqualTo("cl100k_base");
    assertThat(estimator.countText("hello world")).isEqualTo(2);
    assertThat(estimator.countText("Hello, world!")).isEqualTo(4);
    assertThat(estimator.countText("The quick brown fox jumps over the lazy dog.")).isEqualTo(10);
    assertThat(estimator.countText("")).isZero();
    assertThat(estimator.countText(null)).isZero();
  }

  @Test
  void specialTokenTextInUserInputIsOrdinaryText() {
    assertThat(estimator.countText("<|endoftext|>")).isEqualTo(7);
  }

  @Test
  void inputAddsPerMessageOverheadAndTheReplyPriming() {
    ChatRequest r = request(List.of(
        Message.text(Role.SYSTEM, "hello world"),
        Message.text(Role.USER, "Hello, world!")), null, null);
    assertThat(estimator.estimateInput(r)).isEqualTo(3 + (3 + 2) + (3 + 4));
  }

  @Test
  void imagesToolCallsResultsAndToolDefinitionsCount() throws Exception {
    Message user = new Message(Role.USER, List.of(
        new Part.Text("hello world"), new Part.Image(new ImageSource.Url("https://example.com/a.png"))));
    Message call = new Message(Role.ASSISTANT, List.of(new Part.ToolCall("c1", "get_weather", "{\"type\":\"object\"}")));
    Message result = new Message(Role.TOOL, List.of(
        new Part.ToolResult("c1", "get_weather", List.of(new Part.Text("hello world")), false)));
    Tool tool = new Tool("get_weather", "hello world", new ObjectMapper().readTree("{\"type\":\"object\"}"), null);

    long expected = 3
        + (3 + 2 + TokenEstimator.PER_IMAGE)
        + (3 + 2 + 5)
        + (3 + 2 + 2)
        + (TokenEstimator.PER_TOOL + 2 + 2 + 5);
    assertThat(estimator.estimateInput(request(List.of(user, call, result), List.of(tool), null))).isEqualTo(expected);
  }

  @Test
  void theReservationAddsMaxTokens() {
    Sampling s = new Sampling(null, null, null, 500, null, null, null, null);
    ChatRequest r = request(List.of(Message.text(Role.USER, "hello world")), null, s);
    assertThat(estimator.reservation(r)).isEqualTo(3 + 3 + 2 + 500);
  }

  @Test
  void reportedUsageWinsAndAnEstimateIsFlagged() {
    ChatRequest r = request(List.of(Message.text(Role.USER, "hello world")), null, null);
    Usage reported = Usage.of(12, 3);
    assertThat(estimator.orEstimate(reported, r, "ignored")).isSameAs(reported);
    assertThat(estimator.orEstimate(null, r, "Hello, world!")).isEqualTo(new Usage(8, 4, 0, 0, 0, true));
    assertThat(estimator.orEstimate(Usage.ZERO, r, "")).isEqualTo(new Usage(8, 0, 0, 0, 0, true));
  }

  @Test
  void aLongTextIsCountedWhole() {
    String text = "The quick brown fox jumps over the lazy dog. ".repeat(2_000);
    assertThat(estimator.countText(text)).isBetween(19_900L, 20_100L);
  }
}
