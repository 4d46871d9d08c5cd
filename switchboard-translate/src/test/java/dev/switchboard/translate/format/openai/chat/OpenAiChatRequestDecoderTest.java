package dev.switchboard.translate.format.openai.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.ChatRequest;
import dev.switchboard.translate.canonical.ImageSource;
import dev.switchboard.translate.canonical.Part;
import dev.switchboard.translate.canonical.ReasoningEffort;
import dev.switchboard.translate.canonical.Role;
import dev.switchboard.translate.canonical.StreamMode;
import dev.switchboard.translate.canonical.ToolChoice;
import dev.switchboard.translate.format.TranslationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpenAiChatRequestDecoderTest {

  private final OpenAiChatRequestDecoder decoder = new OpenAiChatRequestDecoder();

  private ChatRequest decode(String json) {
    return decoder.decode(Json.parseOrNull(json));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
      "[]|'request body' must be a JSON object",
      "{\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}|'model' is required",
      "{\"model\":\"m\"}|'messages' is required",
      "{\"model\":\"m\",\"messages\":[]}|'messages' must not be empty",
      "{\"model\":\"m\",\"messages\":[{\"content\":\"x\"}]}|'messages[0].role' is required",
      "{\"model\":\"m\",\"messages\":[{\"role\":\"bot\",\"content\":\"x\"}]}|'messages[0].role' must be one of",
      "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":5}]}|'messages[0].content' must be a string or an array",
      "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":[{\"text\":\"x\"}]}]}|'messages[0].content[0].type' is required",
      "{\"model\":\"m\",\"messages\":[{\"role\":\"tool\",\"content\":\"x\"}]}|'messages[0].tool_call_id' is required",
      "{\"model\":\"m\",\"messages\":[{\"role\":\"assistant\",\"tool_calls\":[{\"id\":\"c\",\"function\":{}}]}]}|'messages[0].tool_calls[0].function.name' is required",
      "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}],\"temperature\":\"hot\"}|'temperature' must be a number",
      "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}],\"max_tokens\":1.5}|'max_tokens' must be a 32-bit integer",
      "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}],\"stop\":[1]}|'stop[0]' must be a string",
      "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}],\"tool_choice\":\"maybe\"}|'tool_choice' must be none, auto, required",
      "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}],\"reasoning_effort\":\"huge\"}|'reasoning_effort' must be one of",
      "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}],\"response_format\":{\"type\":\"yaml\"}}|'response_format.type' must be",
      "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}],\"stream\":\"yes\"}|'stream' must be a boolean",
      "{\"models\":[\"a\",3],\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}|'models[1]' must be a string"})
  void rejectsInvalidBodiesNamingTheField(String json, String message) {
    assertThatThrownBy(() -> decode(json))
        .isInstanceOf(TranslationException.class)
        .hasMessageContaining(message)
        .satisfies(e -> assertThat(((TranslationException) e).error().status()).isEqualTo(400));
  }

  @Test
  void takesTheFirstOfModelsWhenModelIsMissing() {
    ChatRequest r = decode("{\"models\":[\"a\",\"b\"],\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}");
    assertThat(r.model()).isEqualTo("a");
    assertThat(r.extra()).isNull();
    ChatRequest both = decode("{\"model\":\"m\",\"models\":[\"a\"],\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}");
    assertThat(both.model()).isEqualTo("m");
  }

  @Test
  void readsStreamModesMaxTokensAndStop() {
    String base = "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]";
    assertThat(decode(base + "}").stream()).isEqualTo(StreamMode.OFF);
    assertThat(decode(base + ",\"stream\":true}").stream()).isEqualTo(StreamMode.ON);
    assertThat(decode(base + ",\"stream\":true,\"stream_options\":{\"include_usage\":true}}").stream())
        .isEqualTo(StreamMode.ON_WITH_USAGE);
    assertThat(decode(base + ",\"stream\":false,\"stream_options\":{\"include_usage\":true}}").stream())
        .isEqualTo(StreamMode.OFF);
    assertThat(decode(base + ",\"max_tokens\":5,\"max_completion_tokens\":9}").sampling().maxTokens())
        .isEqualTo(9);
    assertThat(decode(base + ",\"stop\":\"X\"}").sampling().stop()).containsExactly("X");
    assertThat(decode(base + ",\"reasoning_effort\":\"xhigh\"}").reasoning().effort())
        .isEqualTo(ReasoningEffort.XHIGH);
    assertThat(decode(base + ",\"tool_choice\":\"required\"}").toolChoice())
        .isEqualTo(new ToolChoice.Required());
  }

  @Test
  void decodesDeveloperImageAndMergesConsecutiveToolMessages() {
    ChatRequest r = decode("""
        {"model":"m","messages":[
          {"role":"developer","content":[{"type":"text","text":"rules"}]},
          {"role":"user","content":[{"type":"image_url","image_url":"data:image/jpeg;base64,QUJD"}]},
          {"role":"assistant","tool_calls":[{"id":"a","type":"function","function":{"name":"f","arguments":{"x":1}}},
                                            {"id":"b","type":"function","function":{"name":"g"}}]},
          {"role":"tool","tool_call_id":"a","content":"1"},
          {"role":"tool","tool_call_id":"b","content":"2"}]}""");
    assertThat(r.messages()).hasSize(4);
    assertThat(r.messages().get(0).role()).isEqualTo(Role.SYSTEM);
    assertThat(r.messages().get(1).parts()).containsExactly(
        new Part.Image(new ImageSource.Base64("image/jpeg", "QUJD")));
    assertThat(r.messages().get(2).parts()).containsExactly(
        new Part.ToolCall("a", "f", "{\"x\":1}"), new Part.ToolCall("b", "g", "{}"));
    assertThat(r.messages().get(3).parts()).containsExactly(
        new Part.ToolResult("a", "f", java.util.List.of(new Part.Text("1")), false),
        new Part.ToolResult("b", "g", java.util.List.of(new Part.Text("2")), false));
  }
}
