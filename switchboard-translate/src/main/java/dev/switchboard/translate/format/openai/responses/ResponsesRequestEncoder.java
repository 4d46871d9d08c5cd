package dev.switchboard.translate.format.openai.responses;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.ChatRequest;
import dev.switchboard.translate.canonical.Reasoning;
import dev.switchboard.translate.canonical.ReasoningEffort;
import dev.switchboard.translate.canonical.ResponseFormat;
import dev.switchboard.translate.canonical.Sampling;
import dev.switchboard.translate.format.RequestEncoder;
import java.lang.System.Logger.Level;
import java.util.List;

/**
 * Encodes a canonical request as a Responses body for providers with {@code wire-api: responses}.
 * The gateway keeps no server-side state, so it always sends {@code store:false} and asks for
 * {@code reasoning.encrypted_content} when reasoning is on or replayed (wire-formats.md §3.1).
 * Usage always arrives in {@code response.completed}; Responses has no stop sequences, top_k,
 * seed or penalties, so those are dropped.
 */
public final class ResponsesRequestEncoder implements RequestEncoder {

  private static final System.Logger LOG = System.getLogger(ResponsesRequestEncoder.class.getName());

  /** Extra fields with the same meaning in both OpenAI formats, safe to forward whatever decoded them. */
  private static final List<String> FORWARDED = List.of("metadata", "safety_identifier",
      "prompt_cache_key", "service_tier", "truncation", "max_tool_calls", "text");

  @Override
  public ObjectNode encode(ChatRequest r) {
    ObjectNode b = Json.object();
    b.put("model", r.model());
    if (r.extra() != null) {
      FORWARDED.stream().filter(r.extra()::has).forEach(k -> b.set(k, r.extra().get(k).deepCopy()));
    }
    boolean replaysReasoning = ResponsesInputEncoder.encode(r.messages(), b);
    if (!r.tools().isEmpty()) {
      b.set("tools", ResponsesTools.encode(r.tools()));
      if (r.toolChoice() != null) {
        b.set("tool_choice", ResponsesTools.encodeChoice(r.toolChoice()));
      }
      if (r.parallelToolCalls() != null) {
        b.put("parallel_tool_calls", r.parallelToolCalls());
      }
    }
    sampling(r.sampling(), b);
    format(r.responseFormat(), b);
    boolean reasoning = reasoning(r.reasoning(), b);
    if (reasoning || replaysReasoning) {
      b.putArray("include").add("reasoning.encrypted_content");
    }
    if (r.streaming()) {
      b.put("stream", true);
    }
    JsonNode safetyId = r.extra() == null ? null : r.extra().get("safety_identifier");
    if (r.user() != null && (safetyId == null || !r.user().equals(safetyId.asText()))) {
      b.put("user", r.user());
    }
    b.put("store", false);
    return b;
  }

  private static void sampling(Sampling s, ObjectNode b) {
    if (s.temperature() != null) {
      b.put("temperature", s.temperature());
    }
    if (s.topP() != null) {
      b.put("top_p", s.topP());
    }
    if (s.maxTokens() != null) {
      b.put("max_output_tokens", s.maxTokens());
    }
    if (!s.stop().isEmpty() || s.topK() != null || s.seed() != null
        || s.presencePenalty() != null || s.frequencyPenalty() != null) {
      LOG.log(Level.DEBUG, "dropping stop/top_k/seed/penalties: the Responses API has none");
    }
  }

  private static void format(ResponseFormat f, ObjectNode b) {
    if (f == null) {
      return;
    }
    JsonNode text = b.get("text");
    ObjectNode target = text instanceof ObjectNode o ? o : b.putObject("text");
    target.set("format", textFormat(f));
  }

  /** The {@code text.format} object for a response format ({@code text} when none). */
  static ObjectNode textFormat(ResponseFormat f) {
    ObjectNode format = Json.object();
    if (f instanceof ResponseFormat.JsonSchema s) {
      format.put("type", "json_schema").put("name", s.name() == null ? "response" : s.name());
      if (s.description() != null) {
        format.put("description", s.description());
      }
      format.set("schema", s.schema() == null ? Json.object() : s.schema().deepCopy());
      if (s.strict() != null) {
        format.put("strict", s.strict());
      }
    } else {
      format.put("type", f instanceof ResponseFormat.JsonObject ? "json_object" : "text");
    }
    return format;
  }

  /** Writes {@code reasoning}; true when reasoning is on. */
  private static boolean reasoning(Reasoning r, ObjectNode b) {
    if (r == null) {
      return false;
    }
    ReasoningEffort effort = r.effectiveEffort();
    ObjectNode out = Json.object();
    if (effort != null) {
      out.put("effort", effort.wireName());
    }
    if (Boolean.TRUE.equals(r.includeThoughts()) && effort != ReasoningEffort.NONE) {
      out.put("summary", "auto");
    }
    if (!out.isEmpty()) {
      b.set("reasoning", out);
    }
    return effort != null ? effort != ReasoningEffort.NONE : Boolean.TRUE.equals(r.includeThoughts());
  }
}
