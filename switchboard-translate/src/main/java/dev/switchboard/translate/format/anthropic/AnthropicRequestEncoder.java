package dev.switchboard.translate.format.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.ChatRequest;
import dev.switchboard.translate.canonical.ResponseFormat;
import dev.switchboard.translate.canonical.Sampling;
import dev.switchboard.translate.format.RequestEncoder;
import dev.switchboard.translate.format.TranslationException;
import java.lang.System.Logger.Level;
import java.util.Map;

/**
 * Encodes a canonical request as a Messages API body (wire-formats.md §4.1, §6). Conversation
 * rules live in {@link AnthropicMessageEncoder}, the {@code max_tokens}/budget rule in
 * {@link ThinkingBudget}. Temperature is clamped to Anthropic's 0-1; with thinking on, temperature
 * and {@code top_k} are left out and {@code top_p} is kept only within 0.95-1, the only values the
 * API accepts then. Seed and penalties have no Anthropic field and are dropped; a JSON-object
 * response format without a schema cannot be expressed and is dropped too.
 */
public final class AnthropicRequestEncoder implements RequestEncoder {

  private static final System.Logger LOG = System.getLogger(AnthropicRequestEncoder.class.getName());

  @Override
  public ObjectNode encode(ChatRequest request) {
    AnthropicMessageEncoder.Conversation conversation =
        new AnthropicMessageEncoder(new ToolIdSanitizer()).encode(request.messages());
    if (conversation.messages().isEmpty()) {
      throw TranslationException.invalid(
          "messages: Anthropic needs at least one non-empty user or assistant message");
    }
    ThinkingBudget budget = ThinkingBudget.of(request);
    ObjectNode body = Json.object();
    if (request.model() != null) {
      body.put("model", request.model());
    }
    body.put("max_tokens", budget.maxTokens());
    if (!conversation.system().isEmpty()) {
      body.set("system", conversation.system());
    }
    body.set("messages", conversation.messages());
    sampling(request.sampling(), budget.thinking(), body);
    if (budget.thinking()) {
      body.putObject("thinking").put("type", "enabled").put("budget_tokens", budget.budgetTokens());
    }
    AnthropicToolsEncoder.encode(request, body);
    responseFormat(request.responseFormat(), body);
    if (request.user() != null && !request.user().isEmpty()) {
      body.putObject("metadata").put("user_id", request.user());
    }
    if (request.streaming()) {
      body.put("stream", true);
    }
    copyExtra(request.extra(), body);
    return body;
  }

  private static void sampling(Sampling s, boolean thinking, ObjectNode body) {
    if (s.temperature() != null && !thinking) {
      body.put("temperature", Math.max(0.0, Math.min(1.0, s.temperature())));
    }
    if (s.topP() != null && (!thinking || s.topP() >= 0.95)) {
      body.put("top_p", s.topP());
    }
    if (s.topK() != null && !thinking) {
      body.put("top_k", s.topK());
    }
    if (thinking && (s.temperature() != null || s.topK() != null)) {
      LOG.log(Level.DEBUG, "temperature/top_k left out: Anthropic rejects them with thinking");
    }
    ArrayNode stops = Json.array();
    s.stop().stream().filter(x -> x != null && !x.isBlank()).forEach(stops::add);
    if (!stops.isEmpty()) {
      body.set("stop_sequences", stops);
    }
    if (s.seed() != null || s.presencePenalty() != null || s.frequencyPenalty() != null) {
      LOG.log(Level.DEBUG, "seed and penalties have no Anthropic field; dropped");
    }
  }

  private static void responseFormat(ResponseFormat format, ObjectNode body) {
    if (format instanceof ResponseFormat.JsonSchema js && js.schema() instanceof ObjectNode) {
      ObjectNode f = body.putObject("output_config").putObject("format");
      f.put("type", "json_schema");
      f.set("schema", js.schema().deepCopy());
    } else if (format instanceof ResponseFormat.JsonObject) {
      LOG.log(Level.DEBUG, "JSON mode without a schema has no Anthropic equivalent; dropped");
    }
  }

  /** Fields an Anthropic client sent that have no canonical meaning (see the decoder's extra). */
  private static void copyExtra(ObjectNode extra, ObjectNode body) {
    JsonNode ours = extra == null ? null : extra.get(AnthropicRequestDecoder.EXTRA_KEY);
    if (!(ours instanceof ObjectNode fields)) {
      return;
    }
    for (Map.Entry<String, JsonNode> f : fields.properties()) {
      if (!body.has(f.getKey())) {
        body.set(f.getKey(), f.getValue().deepCopy());
      }
    }
  }
}
