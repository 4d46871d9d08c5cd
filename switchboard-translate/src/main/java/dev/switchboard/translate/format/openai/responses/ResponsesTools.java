package dev.switchboard.translate.format.openai.responses;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.Tool;
import dev.switchboard.translate.canonical.ToolChoice;
import dev.switchboard.translate.format.TranslationException;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;

/**
 * Function tools and {@code tool_choice} of the Responses format. Tools are flat
 * ({@code {type:"function", name, description, parameters, strict}}, wire-formats.md §3.1), unlike
 * Chat's nested {@code function} object; built-in tools have no canonical meaning and are dropped.
 */
final class ResponsesTools {

  private static final System.Logger LOG = System.getLogger(ResponsesTools.class.getName());

  private ResponsesTools() {}

  static List<Tool> decode(ArrayNode tools) {
    List<Tool> out = new ArrayList<>();
    if (tools == null) {
      return out;
    }
    for (int i = 0; i < tools.size(); i++) {
      String path = "tools[" + i + "].";
      ObjectNode t = WireReader.object(tools.get(i), "tools[" + i + "]");
      String type = WireReader.text(t, "type", path);
      if (!type.equals("function")) {
        LOG.log(Level.DEBUG, "dropping built-in tool of type {0}", type);
        continue;
      }
      String name = WireReader.text(t, "name", path);
      ObjectNode params = WireReader.optObject(t, "parameters", path);
      out.add(new Tool(name, WireReader.optText(t, "description", path), params,
          WireReader.optBool(t, "strict", path)));
    }
    return out;
  }

  static ToolChoice decodeChoice(JsonNode choice) {
    if (choice == null || choice.isNull()) {
      return null;
    }
    if (choice.isTextual()) {
      return switch (choice.textValue()) {
        case "auto" -> new ToolChoice.Auto();
        case "none" -> new ToolChoice.None();
        case "required" -> new ToolChoice.Required();
        default -> throw TranslationException.invalid(
            "tool_choice must be one of none, auto, required or an object");
      };
    }
    ObjectNode o = WireReader.object(choice, "tool_choice");
    String type = WireReader.text(o, "type", "tool_choice.");
    if (type.equals("function")) {
      return new ToolChoice.Named(WireReader.text(o, "name", "tool_choice."));
    }
    LOG.log(Level.DEBUG, "dropping tool_choice of type {0}", type);
    return null;
  }

  static ArrayNode encode(List<Tool> tools) {
    ArrayNode out = Json.array();
    for (Tool t : tools) {
      ObjectNode o = out.addObject();
      o.put("type", "function");
      o.put("name", t.name());
      if (t.description() != null) {
        o.put("description", t.description());
      }
      o.set("parameters", t.parameters() != null ? t.parameters().deepCopy() : emptySchema());
      // Responses treats an omitted strict as true (function_tool_param.py: strict defaults to
      // true), which rejects schemas written for Chat/Anthropic; say false unless asked.
      o.put("strict", Boolean.TRUE.equals(t.strict()));
    }
    return out;
  }

  static JsonNode encodeChoice(ToolChoice choice) {
    if (choice instanceof ToolChoice.Named n) {
      ObjectNode o = Json.object();
      o.put("type", "function");
      o.put("name", n.name());
      return o;
    }
    if (choice instanceof ToolChoice.None) {
      return Json.NODES.textNode("none");
    }
    if (choice instanceof ToolChoice.Required) {
      return Json.NODES.textNode("required");
    }
    return Json.NODES.textNode("auto");
  }

  private static ObjectNode emptySchema() {
    ObjectNode o = Json.object();
    o.put("type", "object");
    o.set("properties", Json.object());
    return o;
  }
}
