package dev.switchboard.translate.format.gemini;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.canonical.Tool;
import dev.switchboard.translate.canonical.ToolChoice;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Decodes {@code tools[].functionDeclarations} and {@code toolConfig.functionCallingConfig}
 * (wire-formats.md §5.1). Declarations may carry {@code parametersJsonSchema} (JSON Schema, used
 * as is) or {@code parameters} (Gemini's schema subset, normalised). Built-in tools such as
 * {@code googleSearch} have no canonical form; they are collected for the same-format extra.
 */
final class GeminiToolsDecoder {

  private GeminiToolsDecoder() {}

  /** The function declarations of every tool; other tool objects go to {@code builtIns}. */
  static List<Tool> tools(ArrayNode tools, ArrayNode builtIns) {
    List<Tool> out = new ArrayList<>();
    if (tools == null) {
      return out;
    }
    for (int i = 0; i < tools.size(); i++) {
      ObjectNode tool = GeminiJson.element(tools, i, "tools");
      String path = "tools[" + i + "]";
      ArrayNode declarations = GeminiJson.array(tool, "functionDeclarations", path);
      for (int j = 0; declarations != null && j < declarations.size(); j++) {
        out.add(declaration(GeminiJson.element(declarations, j, path + ".functionDeclarations"),
            path + ".functionDeclarations[" + j + "]"));
      }
      ObjectNode rest = tool.deepCopy();
      rest.remove("functionDeclarations");
      rest.remove("function_declarations");
      if (!rest.isEmpty()) {
        builtIns.add(rest);
      }
    }
    return out;
  }

  private static Tool declaration(ObjectNode decl, String path) {
    String name = GeminiJson.string(decl, "name", path);
    if (name == null || name.isEmpty()) {
      throw GeminiJson.invalid(path + ".name", "a non-empty string");
    }
    String description = GeminiJson.string(decl, "description", path);
    JsonNode schema = GeminiJson.field(decl, "parametersJsonSchema");
    if (schema == null) {
      schema = GeminiSchemas.toJsonSchema(GeminiJson.field(decl, "parameters"));
    }
    if (schema != null && !schema.isObject()) {
      throw GeminiJson.invalid(path + ".parameters", "an object");
    }
    return new Tool(name, description, schema == null ? null : schema.deepCopy(), null);
  }

  /** The tool choice of {@code toolConfig}, or null when unset. */
  static ToolChoice choice(ObjectNode toolConfig) {
    ObjectNode config = GeminiJson.object(toolConfig, "functionCallingConfig", "toolConfig");
    if (config == null) {
      return null;
    }
    String path = "toolConfig.functionCallingConfig";
    String mode = GeminiJson.string(config, "mode", path);
    List<String> names = GeminiJson.strings(config, "allowedFunctionNames", path);
    if (mode == null) {
      return null;
    }
    return switch (mode.toUpperCase(Locale.ROOT)) {
      case "AUTO", "VALIDATED" -> new ToolChoice.Auto();
      case "NONE" -> new ToolChoice.None();
      case "ANY" -> names.size() == 1 ? new ToolChoice.Named(names.get(0)) : new ToolChoice.Required();
      case "MODE_UNSPECIFIED" -> null;
      default -> throw GeminiJson.invalid(path + ".mode", "one of AUTO, ANY, NONE, VALIDATED");
    };
  }
}
