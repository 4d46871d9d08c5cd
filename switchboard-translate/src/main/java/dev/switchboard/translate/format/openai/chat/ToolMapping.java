package dev.switchboard.translate.format.openai.chat;

import static dev.switchboard.translate.format.openai.chat.FieldReader.index;
import static dev.switchboard.translate.format.openai.chat.FieldReader.path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.Tool;
import dev.switchboard.translate.canonical.ToolChoice;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;

/**
 * Tool definitions and {@code tool_choice} in both directions. Chat nests a function under
 * {@code {type:"function", function:{...}}}; the legacy {@code functions}/{@code function_call}
 * request fields are read too. Non-function tools (custom, allowed_tools) are dropped.
 */
final class ToolMapping {

  private static final System.Logger LOG = System.getLogger(ToolMapping.class.getName());

  private ToolMapping() {}

  static List<Tool> decodeTools(ObjectNode root) {
    List<Tool> tools = new ArrayList<>();
    ArrayNode array = FieldReader.optArray(root, "tools", "");
    if (array != null) {
      for (int i = 0; i < array.size(); i++) {
        String path = index("tools", i);
        FieldReader.requireObject(array.get(i), path);
        String type = FieldReader.optText(array.get(i), "type", path);
        if (type != null && !type.equals("function")) {
          LOG.log(Level.DEBUG, "dropping tool of type {0}", type);
          continue;
        }
        ObjectNode fn = FieldReader.optObject(array.get(i), "function", path);
        if (fn == null) {
          throw FieldReader.invalid(path(path, "function"), "is required");
        }
        tools.add(function(fn, path(path, "function")));
      }
    }
    ArrayNode legacy = FieldReader.optArray(root, "functions", "");
    if (array == null && legacy != null) {
      for (int i = 0; i < legacy.size(); i++) {
        String path = index("functions", i);
        tools.add(function(FieldReader.requireObject(legacy.get(i), path), path));
      }
    }
    return tools;
  }

  private static Tool function(ObjectNode fn, String path) {
    String name = FieldReader.reqText(fn, "name", path);
    JsonNode params = FieldReader.optObject(fn, "parameters", path);
    return new Tool(name, FieldReader.optText(fn, "description", path), params,
        FieldReader.optBool(fn, "strict", path));
  }

  static ToolChoice decodeChoice(ObjectNode root) {
    if (FieldReader.present(root, "tool_choice")) {
      return choice(root.get("tool_choice"), "tool_choice");
    }
    if (FieldReader.present(root, "function_call")) {
      return choice(root.get("function_call"), "function_call");
    }
    return null;
  }

  private static ToolChoice choice(JsonNode node, String path) {
    if (node.isTextual()) {
      return switch (node.textValue()) {
        case "auto" -> new ToolChoice.Auto();
        case "none" -> new ToolChoice.None();
        case "required" -> new ToolChoice.Required();
        default -> throw FieldReader.invalid(path,
            "must be none, auto, required or an object (got '" + node.textValue() + "')");
      };
    }
    ObjectNode obj = FieldReader.requireObject(node, path);
    if (path.equals("function_call")) {
      return new ToolChoice.Named(FieldReader.reqText(obj, "name", path));
    }
    String type = FieldReader.reqText(obj, "type", path);
    if (!type.equals("function")) {
      LOG.log(Level.DEBUG, "tool_choice of type {0} treated as auto", type);
      return new ToolChoice.Auto();
    }
    ObjectNode fn = FieldReader.optObject(obj, "function", path);
    if (fn == null) {
      throw FieldReader.invalid(path(path, "function"), "is required");
    }
    return new ToolChoice.Named(FieldReader.reqText(fn, "name", path(path, "function")));
  }

  static ArrayNode encodeTools(List<Tool> tools) {
    ArrayNode out = Json.array();
    for (Tool t : tools) {
      ObjectNode fn = Json.object().put("name", t.name());
      if (t.description() != null) {
        fn.put("description", t.description());
      }
      if (t.parameters() != null) {
        fn.set("parameters", t.parameters());
      }
      if (t.strict() != null) {
        fn.put("strict", t.strict());
      }
      out.addObject().put("type", "function").set("function", fn);
    }
    return out;
  }

  static JsonNode encodeChoice(ToolChoice choice) {
    if (choice instanceof ToolChoice.Named named) {
      ObjectNode obj = Json.object().put("type", "function");
      obj.putObject("function").put("name", named.name());
      return obj;
    }
    String word = choice instanceof ToolChoice.None ? "none"
        : choice instanceof ToolChoice.Required ? "required" : "auto";
    return Json.NODES.textNode(word);
  }
}
