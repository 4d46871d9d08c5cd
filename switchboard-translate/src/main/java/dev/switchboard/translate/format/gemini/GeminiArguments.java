package dev.switchboard.translate.format.gemini;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.Json;
import java.lang.System.Logger.Level;

/**
 * Canonical tool-call arguments (JSON text) as the {@code args} object Gemini wants: Gemini takes
 * only an object, never a string (wire-formats.md §5.2).
 */
final class GeminiArguments {

  private static final System.Logger LOG = System.getLogger(GeminiArguments.class.getName());

  private GeminiArguments() {}

  /** The arguments as an object; empty or unusable text becomes {@code {}}. */
  static ObjectNode parse(String arguments, String callId) {
    if (arguments == null || arguments.isBlank()) {
      return Json.object();
    }
    JsonNode parsed = Json.parseOrNull(arguments);
    if (parsed != null && parsed.isObject()) {
      return (ObjectNode) parsed;
    }
    LOG.log(Level.DEBUG, "arguments of tool call {0} are not a JSON object; sending {}", callId);
    return Json.object();
  }
}
