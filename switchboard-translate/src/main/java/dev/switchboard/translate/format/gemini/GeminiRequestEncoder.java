package dev.switchboard.translate.format.gemini;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.ChatRequest;
import dev.switchboard.translate.canonical.Tool;
import dev.switchboard.translate.canonical.ToolChoice;
import dev.switchboard.translate.format.RequestEncoder;
import java.lang.System.Logger.Level;

/**
 * Encodes a canonical request as a {@code generateContent} body (wire-formats.md §5.1, §6). The
 * model and the stream flag belong in the URL and are not written. Tools become
 * {@code functionDeclarations} with {@code parametersJsonSchema} (JSON Schema as is); the tool
 * choice becomes {@code functionCallingConfig}; sampling, response format and reasoning become
 * {@code generationConfig} ({@link GeminiGenerationConfigEncoder}).
 */
final class GeminiRequestEncoder implements RequestEncoder {

  private static final System.Logger LOG = System.getLogger(GeminiRequestEncoder.class.getName());

  @Override
  public ObjectNode encode(ChatRequest request) {
    ObjectNode body = Json.object();
    GeminiContentsEncoder contents = new GeminiContentsEncoder();
    contents.encode(request.messages());
    body.set("contents", contents.contents());
    ObjectNode system = contents.systemInstruction();
    if (system != null) {
      body.set("systemInstruction", system);
    }
    JsonNode extra = request.extra() == null ? null : request.extra().get(GeminiRequestDecoder.EXTRA_KEY);
    ArrayNode tools = tools(request, extra);
    if (!tools.isEmpty()) {
      body.set("tools", tools);
    }
    ObjectNode toolConfig = toolConfig(request);
    if (toolConfig != null) {
      body.set("toolConfig", toolConfig);
    }
    ObjectNode generation = GeminiGenerationConfigEncoder.encode(request);
    if (!generation.isEmpty()) {
      body.set("generationConfig", generation);
    }
    copyExtra(extra, body);
    if (Boolean.FALSE.equals(request.parallelToolCalls())) {
      LOG.log(Level.DEBUG, "dropping parallel_tool_calls=false: Gemini has no such switch");
    }
    if (request.user() != null) {
      LOG.log(Level.DEBUG, "dropping user id: Gemini has no such field");
    }
    return body;
  }

  private static ArrayNode tools(ChatRequest request, JsonNode extra) {
    ArrayNode tools = Json.array();
    if (!request.tools().isEmpty()) {
      ArrayNode declarations = Json.array();
      for (Tool t : request.tools()) {
        ObjectNode decl = declarations.addObject();
        decl.put("name", t.name());
        if (t.description() != null) {
          decl.put("description", t.description());
        }
        if (t.parameters() != null && !t.parameters().isNull()) {
          decl.set("parametersJsonSchema", t.parameters().deepCopy());
        }
      }
      tools.addObject().set("functionDeclarations", declarations);
    }
    JsonNode builtIns = extra == null ? null : extra.get("tools");
    if (builtIns != null && builtIns.isArray()) {
      builtIns.forEach(b -> tools.add(b.deepCopy()));
    }
    return tools;
  }

  private static ObjectNode toolConfig(ChatRequest request) {
    ToolChoice choice = request.toolChoice();
    if (choice == null || (request.tools().isEmpty() && !(choice instanceof ToolChoice.None))) {
      return null;
    }
    ObjectNode config = Json.object();
    ObjectNode calling = config.putObject("functionCallingConfig");
    if (choice instanceof ToolChoice.Auto) {
      calling.put("mode", "AUTO");
    } else if (choice instanceof ToolChoice.None) {
      calling.put("mode", "NONE");
    } else if (choice instanceof ToolChoice.Required) {
      calling.put("mode", "ANY");
    } else if (choice instanceof ToolChoice.Named named) {
      calling.put("mode", "ANY");
      calling.putArray("allowedFunctionNames").add(named.name());
    }
    return config;
  }

  private static void copyExtra(JsonNode extra, ObjectNode body) {
    if (extra == null) {
      return;
    }
    JsonNode safety = extra.get("safetySettings");
    if (safety != null && safety.isArray()) {
      body.set("safetySettings", safety.deepCopy());
    }
    JsonNode cached = extra.get("cachedContent");
    if (cached != null && cached.isTextual()) {
      body.put("cachedContent", cached.asText());
    }
  }
}
