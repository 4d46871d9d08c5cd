package dev.switchboard.translate.format.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.canonical.Tool;
import dev.switchboard.translate.canonical.ToolChoice;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes {@code tools} and {@code tool_choice}. Client tools become canonical {@link Tool}s;
 * Anthropic server tools ({@code web_search_…}, {@code bash_…}, ...) have no canonical meaning and
 * are dropped with a debug log.
 */
final class AnthropicToolsDecoder {

  private static final System.Logger LOG = System.getLogger(AnthropicToolsDecoder.class.getName());

  private AnthropicToolsDecoder() {}

  static List<Tool> tools(ObjectNode root) {
    ArrayNode array = WireFields.optionalArray(root, "tools", "");
    if (array == null) {
      return List.of();
    }
    List<Tool> tools = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      String path = WireFields.at("tools", i);
      ObjectNode t = WireFields.object(array.get(i), path);
      String type = WireFields.optionalString(t, "type", path);
      if (type != null && !type.equals("custom")) {
        LOG.log(Level.DEBUG, "dropping Anthropic server tool of type {0}", type);
        continue;
      }
      String name = WireFields.requiredString(t, "name", path);
      JsonNode schema = WireFields.object(WireFields.required(t, "input_schema", path),
          WireFields.at(path, "input_schema"));
      tools.add(new Tool(name, WireFields.optionalString(t, "description", path), schema,
          WireFields.optionalBoolean(t, "strict", path)));
    }
    return tools;
  }

  static ToolChoice toolChoice(ObjectNode choice) {
    if (choice == null) {
      return null;
    }
    String type = WireFields.requiredString(choice, "type", "tool_choice");
    return switch (type) {
      case "auto" -> new ToolChoice.Auto();
      case "any" -> new ToolChoice.Required();
      case "none" -> new ToolChoice.None();
      case "tool" -> new ToolChoice.Named(WireFields.requiredString(choice, "name", "tool_choice"));
      default -> throw WireFields.invalid("tool_choice.type",
          "expected auto, any, tool or none, got '" + type + "'");
    };
  }

  /** {@code disable_parallel_tool_use} as "parallel calls allowed"; null when not given. */
  static Boolean parallelToolCalls(ObjectNode choice) {
    if (choice == null) {
      return null;
    }
    Boolean disable = WireFields.optionalBoolean(choice, "disable_parallel_tool_use", "tool_choice");
    return disable == null ? null : !disable;
  }
}
