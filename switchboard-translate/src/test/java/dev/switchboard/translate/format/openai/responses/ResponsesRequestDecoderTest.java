package dev.switchboard.translate.format.openai.responses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.ChatRequest;
import dev.switchboard.translate.canonical.Part;
import dev.switchboard.translate.canonical.Role;
import dev.switchboard.translate.canonical.StreamMode;
import dev.switchboard.translate.format.TranslationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResponsesRequestDecoderTest {

  private final ResponsesRequestDecoder decoder = new ResponsesRequestDecoder();

  private static JsonNode json(String text) {
    return Json.parseOrNull(text.replace('\'', '"'));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "[]                                                          | request body must be an object",
      "{'input':'hi'}                                              | model is required",
      "{'model':3}                                                 | model must be a string",
      "{'model':'m','input':5}                                     | input must be a string or an array",
      "{'model':'m','input':[7]}                                   | input[0] must be an object",
      "{'model':'m','input':[{'content':'x'}]}                     | input[0].type is required",
      "{'model':'m','input':[{'role':'robot','content':'x'}]}      | input[0].role must be one of",
      "{'model':'m','input':[{'role':'user'}]}                     | input[0].content must be a string or an array",
      "{'model':'m','input':[{'role':'user','content':[{'type':'input_text'}]}]} | input[0].content[0].text is required",
      "{'model':'m','input':[{'type':'function_call','name':'f','arguments':'{}'}]} | input[0].call_id is required",
      "{'model':'m','input':[{'type':'function_call_output','call_id':'c','output':1}]} | input[0].output must be a string or an array",
      "{'model':'m','input':[{'type':'reasoning','summary':[{'text':5}]}]} | input[0].summary[0].text must be a string",
      "{'model':'m','tools':{}}                                    | tools must be an array",
      "{'model':'m','tools':[{'type':'function'}]}                 | tools[0].name is required",
      "{'model':'m','tool_choice':'sometimes'}                     | tool_choice must be one of",
      "{'model':'m','tool_choice':{'type':'function'}}             | tool_choice.name is required",
      "{'model':'m','temperature':'hot'}                           | temperature must be a number",
      "{'model':'m','max_output_tokens':1.5}                       | max_output_tokens must be an integer",
      "{'model':'m','text':{'format':{'type':'yaml'}}}             | text.format.type must be one of",
      "{'model':'m','reasoning':{'effort':'extreme'}}              | reasoning.effort is not a known effort",
      "{'model':'m','stream':'yes'}                                | stream must be a boolean",
      "{'model':'m','instructions':[]}                             | instructions must be a string",
  })
  void rejectsInvalidBodiesNamingTheField(String body, String message) {
    assertThatThrownBy(() -> decoder.decode(json(body)))
        .isInstanceOf(TranslationException.class)
        .hasMessageContaining(message)
        .satisfies(e -> assertThat(((TranslationException) e).error().status()).isEqualTo(400));
  }

  @Test
  void rejectsNull() {
    assertThatThrownBy(() -> decoder.decode(null)).isInstanceOf(TranslationException.class);
  }

  @Test
  void instructionsLeadAndDeveloperMessagesStayInPlace() {
    ChatRequest r = decoder.decode(json("{'model':'m','instructions':'Be brief.','input':["
        + "{'role':'user','content':'a'},{'role':'developer','content':'Now French.'},"
        + "{'role':'user','content':'b'}]}"));

    assertThat(r.messages()).extracting(m -> m.role())
        .containsExactly(Role.SYSTEM, Role.USER, Role.SYSTEM, Role.USER);
    assertThat(r.messages().get(0).joinedText()).isEqualTo("Be brief.");
    assertThat(r.messages().get(2).joinedText()).isEqualTo("Now French.");
  }

  @Test
  void stringInputIsOneUserMessage() {
    ChatRequest r = decoder.decode(json("{'model':'m','input':'hello','stream':true}"));

    assertThat(r.messages()).singleElement().satisfies(m -> {
      assertThat(m.role()).isEqualTo(Role.USER);
      assertThat(m.joinedText()).isEqualTo("hello");
    });
    assertThat(r.stream()).isEqualTo(StreamMode.ON_WITH_USAGE);
  }

  @Test
  void functionOutputsTakeTheNameOfTheCallWithTheSameCallId() {
    ChatRequest r = decoder.decode(json("{'model':'m','input':["
        + "{'type':'function_call','id':'fc_9','call_id':'call_1','name':'lookup','arguments':'{}'},"
        + "{'type':'function_call_output','call_id':'call_1','output':'42'}]}"));

    Part.ToolResult result = (Part.ToolResult) r.messages().get(1).parts().get(0);
    assertThat(r.messages().get(1).role()).isEqualTo(Role.TOOL);
    assertThat(result.callId()).isEqualTo("call_1");
    assertThat(result.name()).isEqualTo("lookup");
    assertThat(((Part.ToolCall) r.messages().get(0).parts().get(0)).id()).isEqualTo("call_1");
  }

  @Test
  void encryptedReasoningIsThinkingForThisFormatOnly() {
    ChatRequest r = decoder.decode(json("{'model':'m','input':[{'type':'reasoning','id':'rs_1',"
        + "'summary':[],'encrypted_content':'enc'}]}"));

    Part.Thinking t = (Part.Thinking) r.messages().get(0).parts().get(0);
    assertThat(t.redacted()).isEqualTo("enc");
    assertThat(t.text()).isEmpty();
    assertThat(t.signatureFormat()).isEqualTo(dev.switchboard.translate.format.Format.OPENAI_RESPONSES);
  }

  @Test
  void statefulAndUnknownFieldsGoToExtra() {
    ChatRequest r = decoder.decode(json("{'model':'m','input':'x','previous_response_id':'resp_1',"
        + "'store':true,'include':['reasoning.encrypted_content'],'service_tier':'flex'}"));

    assertThat(r.extra().fieldNames()).toIterable()
        .containsExactlyInAnyOrder("previous_response_id", "store", "include", "service_tier");
  }

  @Test
  void safetyIdentifierStandsInForAMissingUser() {
    ChatRequest r = decoder.decode(json("{'model':'m','input':'x','safety_identifier':'u-1'}"));

    assertThat(r.user()).isEqualTo("u-1");
  }

  @Test
  void builtInToolsAndToolChoicesAreDropped() {
    ChatRequest r = decoder.decode(json("{'model':'m','input':'x','tools':[{'type':'web_search'},"
        + "{'type':'function','name':'f'}],'tool_choice':{'type':'web_search'}}"));

    assertThat(r.tools()).extracting(t -> t.name()).containsExactly("f");
    assertThat(r.toolChoice()).isNull();
  }
}
