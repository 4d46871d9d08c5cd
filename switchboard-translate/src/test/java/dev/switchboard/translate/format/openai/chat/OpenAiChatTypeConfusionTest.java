package dev.switchboard.translate.format.openai.chat;

import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.format.TranslationException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replaces every value of every request and response fixture, one at a time, with a value of each
 * JSON type: the decoders must succeed or raise {@link TranslationException}, never anything else
 * (a deterministic complement to the Jazzer fuzz test).
 */
class OpenAiChatTypeConfusionTest {

  private static final List<JsonNode> REPLACEMENTS = List.of(Json.NODES.nullNode(),
      Json.NODES.numberNode(-1), Json.NODES.numberNode(1.5), Json.NODES.textNode("x"),
      Json.NODES.booleanNode(true), Json.array(), Json.object(),
      Json.NODES.numberNode(new java.math.BigInteger("99999999999999999999")));

  @ParameterizedTest
  @MethodSource("dev.switchboard.translate.format.openai.chat.OpenAiChatFixtureTest#requestCases")
  void requestDecoderOnlyRaisesTranslationException(String name) {
    mutations(Fixtures.json(name, "request.json"), body -> assertOnlyTranslationException(
        () -> new OpenAiChatRequestDecoder().decode(body), body));
  }

  @ParameterizedTest
  @MethodSource("dev.switchboard.translate.format.openai.chat.OpenAiChatFixtureTest#responseCases")
  void responseDecoderOnlyRaisesTranslationException(String name) {
    mutations(Fixtures.json(name, "response.json"), body -> assertOnlyTranslationException(
        () -> new OpenAiChatResponseDecoder().decode(body), body));
  }

  private static void assertOnlyTranslationException(Runnable decode, JsonNode body) {
    assertThatCode(() -> {
      try {
        decode.run();
      } catch (TranslationException expected) {
        // a clear 400 is fine
      }
    }).as(body.toString()).doesNotThrowAnyException();
  }

  /** Calls {@code check} with a copy of {@code root} for every (value position, replacement). */
  private static void mutations(JsonNode root, Consumer<JsonNode> check) {
    for (String pointer : pointers(root, "")) {
      for (JsonNode replacement : REPLACEMENTS) {
        JsonNode copy = root.deepCopy();
        replace(copy, pointer, replacement);
        check.accept(copy);
      }
    }
  }

  private static List<String> pointers(JsonNode node, String at) {
    List<String> out = new ArrayList<>();
    if (node instanceof ObjectNode obj) {
      Iterator<String> names = obj.fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        String child = at + "/" + name.replace("~", "~0").replace("/", "~1");
        out.add(child);
        out.addAll(pointers(obj.get(name), child));
      }
    } else if (node instanceof ArrayNode arr) {
      for (int i = 0; i < arr.size(); i++) {
        out.add(at + "/" + i);
        out.addAll(pointers(arr.get(i), at + "/" + i));
      }
    }
    return out;
  }

  private static void replace(JsonNode root, String pointer, JsonNode value) {
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = slash == 0 ? root : root.at(pointer.substring(0, slash));
    String last = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
    if (parent instanceof ObjectNode obj) {
      obj.set(last, value);
    } else if (parent instanceof ArrayNode arr) {
      arr.set(Integer.parseInt(last), value);
    }
  }
}
