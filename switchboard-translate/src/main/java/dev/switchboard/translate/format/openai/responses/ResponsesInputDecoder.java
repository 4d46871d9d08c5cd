package dev.switchboard.translate.format.openai.responses;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.canonical.Message;
import dev.switchboard.translate.canonical.Part;
import dev.switchboard.translate.canonical.Role;
import dev.switchboard.translate.format.Format;
import dev.switchboard.translate.format.TranslationException;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the {@code input} of a Responses request (a string or an item list) into canonical
 * messages. Consecutive assistant-side items (message, reasoning, function_call) form one
 * assistant turn and consecutive {@code function_call_output} items one tool message; results
 * link to calls by {@code call_id}, never by item {@code id} (wire-formats.md §3.1). One instance
 * per request.
 */
final class ResponsesInputDecoder {

  private static final System.Logger LOG = System.getLogger(ResponsesInputDecoder.class.getName());

  private final List<Message> messages = new ArrayList<>();
  private final Map<String, String> callNames = new HashMap<>();
  private Role pendingRole;
  private List<Part> pending = new ArrayList<>();

  static List<Message> decode(JsonNode input) {
    ResponsesInputDecoder d = new ResponsesInputDecoder();
    if (input == null || input.isNull()) {
      return d.messages;
    }
    if (input.isTextual()) {
      d.messages.add(Message.text(Role.USER, input.textValue()));
      return d.messages;
    }
    if (!(input instanceof ArrayNode items)) {
      throw TranslationException.invalid("input must be a string or an array of items");
    }
    for (int i = 0; i < items.size(); i++) {
      d.item(WireReader.object(items.get(i), "input[" + i + "]"), "input[" + i + "].");
    }
    d.flush();
    return d.messages;
  }

  private void item(ObjectNode item, String path) {
    String type = WireReader.optText(item, "type", path);
    if (type == null && item.has("role")) {
      type = "message";
    }
    if (type == null) {
      throw TranslationException.invalid(path + "type is required");
    }
    switch (type) {
      case "message" -> message(item, path);
      case "function_call" -> functionCall(item, path);
      case "function_call_output" -> functionOutput(item, path);
      case "reasoning" -> reasoning(item, path);
      default -> LOG.log(Level.DEBUG, "dropping input item of type {0}", type);
    }
  }

  private void message(ObjectNode item, String path) {
    Role role = role(WireReader.text(item, "role", path), path);
    JsonNode content = item.get("content");
    List<Part> parts;
    if (content != null && content.isTextual()) {
      parts = List.of(new Part.Text(content.textValue()));
    } else if (content instanceof ArrayNode array) {
      parts = ResponsesContentDecoder.parts(array, path + "content");
    } else {
      throw TranslationException.invalid(path + "content must be a string or an array");
    }
    if (!parts.isEmpty()) {
      append(role, parts);
    }
  }

  private void functionCall(ObjectNode item, String path) {
    String callId = WireReader.text(item, "call_id", path);
    String name = WireReader.text(item, "name", path);
    String arguments = WireReader.text(item, "arguments", path);
    callNames.put(callId, name);
    append(Role.ASSISTANT, List.of(new Part.ToolCall(callId, name, arguments)));
  }

  private void functionOutput(ObjectNode item, String path) {
    String callId = WireReader.text(item, "call_id", path);
    JsonNode output = item.get("output");
    List<Part> content;
    if (output != null && output.isTextual()) {
      content = List.of(new Part.Text(output.textValue()));
    } else if (output instanceof ArrayNode array) {
      content = ResponsesContentDecoder.parts(array, path + "output");
    } else {
      throw TranslationException.invalid(path + "output must be a string or an array");
    }
    append(Role.TOOL, List.of(new Part.ToolResult(callId, callNames.get(callId), content, false)));
  }

  private void reasoning(ObjectNode item, String path) {
    String text = ResponsesContentDecoder.reasoningText(item, path);
    String encrypted = WireReader.optText(item, "encrypted_content", path);
    if (text.isEmpty() && encrypted == null) {
      return;
    }
    append(Role.ASSISTANT, List.of(
        new Part.Thinking(text, null, Format.OPENAI_RESPONSES, encrypted)));
  }

  private void append(Role role, List<Part> parts) {
    boolean merges = role == pendingRole && (role == Role.ASSISTANT || role == Role.TOOL);
    if (!merges) {
      flush();
      pendingRole = role;
    }
    pending.addAll(parts);
  }

  private void flush() {
    if (pendingRole != null && !pending.isEmpty()) {
      messages.add(new Message(pendingRole, pending));
    }
    pendingRole = null;
    pending = new ArrayList<>();
  }

  private static Role role(String role, String path) {
    return switch (role) {
      case "user" -> Role.USER;
      case "assistant" -> Role.ASSISTANT;
      case "system", "developer" -> Role.SYSTEM;
      default -> throw TranslationException.invalid(
          path + "role must be one of user, assistant, system, developer");
    };
  }
}
