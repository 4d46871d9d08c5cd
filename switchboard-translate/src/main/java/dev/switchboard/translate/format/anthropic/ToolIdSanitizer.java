package dev.switchboard.translate.format.anthropic;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Makes tool ids acceptable to Anthropic, which rejects ids outside {@code ^[a-zA-Z0-9_-]+$}
 * (BerriAI/litellm#21114; CLIProxyAPI {@code internal/util/claude_tool_id.go} does the same). One
 * instance per request: every {@code tool_use.id} and {@code tool_result.tool_use_id} goes through
 * it, so an id and its result always map to the same sanitized value, and two ids that differ only
 * in illegal characters stay distinct. Calls without an id get a generated {@code toolu_generated_<n>}
 * id (deterministic: ids only need to be unique within the request), and results without an id
 * answer those calls in order.
 */
final class ToolIdSanitizer {

  private static final Pattern ILLEGAL = Pattern.compile("[^a-zA-Z0-9_-]");

  private final Map<String, String> mapped = new HashMap<>();
  private final Set<String> used = new HashSet<>();
  private final Deque<String> unansweredGenerated = new ArrayDeque<>();
  private int generatedCount;

  /** The wire id for a tool call's id. */
  String forCall(String id) {
    if (id == null || id.isEmpty()) {
      String generated = generated();
      unansweredGenerated.add(generated);
      return generated;
    }
    return map(id);
  }

  /** The wire id for a tool result's call id. */
  String forResult(String callId) {
    if (callId == null || callId.isEmpty()) {
      String next = unansweredGenerated.poll();
      return next != null ? next : generated();
    }
    return map(callId);
  }

  /** The sanitized form of one id, without per-request bookkeeping (for responses and streams). */
  static String clean(String id) {
    if (id == null || id.isEmpty()) {
      return "toolu_" + UUID.randomUUID().toString().replace("-", "");
    }
    return ILLEGAL.matcher(id).replaceAll("_");
  }

  private String map(String id) {
    String known = mapped.get(id);
    if (known != null) {
      return known;
    }
    String candidate = clean(id);
    String unique = candidate;
    for (int n = 2; used.contains(unique); n++) {
      unique = candidate + "_" + n;
    }
    mapped.put(id, unique);
    used.add(unique);
    return unique;
  }

  private String generated() {
    String id;
    do {
      generatedCount++;
      id = "toolu_generated_" + generatedCount;
    } while (used.contains(id));
    used.add(id);
    return id;
  }
}
