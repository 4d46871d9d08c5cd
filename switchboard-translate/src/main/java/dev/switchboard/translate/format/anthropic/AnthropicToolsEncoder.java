package dev.switchboard.translate.format.anthropic;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.ChatRequest;
import dev.switchboard.translate.canonical.Tool;
import dev.switchboard.translate.canonical.ToolChoice;
import java.lang.System.Logger.Level;

/**
 * Writes {@code tools} and {@code tool_choice}. {@code parallelToolCalls=false} becomes
 * {@code disable_parallel_tool_use:true} (wire-formats.md §6.1 #8); a tool choice without tools is
 * dropped because the API rejects it. Schemas always get {@code "type":"object"}, which
 * {@code input_schema} requires.
 */
final class AnthropicToolsEncoder {

  private static final System.Logger LOG = System.getLogger(AnthropicToolsEncoder.class.getName());

  private AnthropicToolsEncoder() {}

  static void encode(ChatRequest request, ObjectNode body) {
    if (request.tools().isEmpty()) {
      if (request.toolChoice() != null) {
        LOG.log(Level.DEBUG, "dropping tool_choice: the request has no tools");
      }
      return;
    }
    ArrayNode tools = body.putArray("tools");
    for (Tool t : request.tools()) {
      ObjectNode tool = tools.addObject();
      tool.put("name", t.name() == null ? "" : t.name());
      if (t.description() != null && !t.description().isEmpty()) {
        tool.put("description", t.description());
      }
      tool.set("input_schema", schema(t));
      if (Boolean.TRUE.equals(t.strict())) {
        tool.put("strict", true);
      }
    }
    ObjectNode choice = choice(request.toolChoice());
    if (Boolean.FALSE.equals(request.parallelToolCalls())) {
      if (choice == null) {
        choice = Json.object().put("type", "auto");
      }
      if (!choice.path("type").asText().equals("none")) {
        choice.put("disable_parallel_tool_use", true);
      }
    }
    if (choice != null) {
      body.set("tool_choice", choice);
    }
  }

  private static ObjectNode schema(Tool t) {
    ObjectNode schema = t.parameters() instanceof ObjectNode o ? o.deepCopy() : Json.object();
    if (!schema.has("type")) {
      schema.put("type", "object");
      if (!schema.has("properties")) {
        schema.putObject("properties");
      }
    }
    return schema;
  }

  private static ObjectNode choice(ToolChoice choice) {
    if (choice == null) {
      return null;
    }
    ObjectNode c = Json.object();
    if (choice instanceof ToolChoice.Named n) {
      c.put("type", "tool");
      c.put("name", n.name());
    } else if (choice instanceof ToolChoice.Required) {
      c.put("type", "any");
    } else if (choice instanceof ToolChoice.None) {
      c.put("type", "none");
    } else {
      c.put("type", "auto");
    }
    return c;
  }
}
