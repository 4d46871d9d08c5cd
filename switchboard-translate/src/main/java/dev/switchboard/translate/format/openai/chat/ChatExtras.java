package dev.switchboard.translate.format.openai.chat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.Json;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * The Chat fields a request carries that the canonical model has no meaning for ({@code n},
 * {@code logprobs}, {@code metadata}, {@code service_tier}, ...). They live in
 * {@code ChatRequest.extra} under the key {@value #KEY}, so this format's encoder copies only its
 * own fields and never another format's (an Anthropic {@code top_k} would make OpenAI answer 400).
 */
final class ChatExtras {

  static final String KEY = "openai_chat";

  private ChatExtras() {}

  /** The extra object for {@code root}'s fields outside {@code known}, or null when there are none. */
  static ObjectNode collect(ObjectNode root, Set<String> known) {
    ObjectNode fields = Json.object();
    Iterator<Map.Entry<String, JsonNode>> it = root.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!known.contains(e.getKey())) {
        fields.set(e.getKey(), e.getValue().deepCopy());
      }
    }
    if (fields.isEmpty()) {
      return null;
    }
    ObjectNode extra = Json.object();
    extra.set(KEY, fields);
    return extra;
  }

  /** Copies this format's extra fields into {@code body} where it has no value of its own. */
  static void apply(ObjectNode extra, ObjectNode body) {
    if (extra == null || !(extra.get(KEY) instanceof ObjectNode fields)) {
      return;
    }
    Iterator<Map.Entry<String, JsonNode>> it = fields.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!body.has(e.getKey())) {
        body.set(e.getKey(), e.getValue().deepCopy());
      }
    }
  }
}
