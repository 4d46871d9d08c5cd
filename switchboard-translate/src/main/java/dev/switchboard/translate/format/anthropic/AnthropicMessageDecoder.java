package dev.switchboard.translate.format.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.canonical.Message;
import dev.switchboard.translate.canonical.Part;
import dev.switchboard.translate.canonical.Role;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes the top-level {@code system} and the {@code messages} array into canonical messages.
 * Each system text block becomes its own leading {@link Role#SYSTEM} message (so block boundaries
 * survive formats that join text). The {@code tool_result} blocks of a user turn are split out into
 * a {@link Role#TOOL} message placed before the rest of that turn, as the canonical model requires.
 */
final class AnthropicMessageDecoder {

  private final AnthropicBlockDecoder blocks = new AnthropicBlockDecoder();

  List<Message> decode(ObjectNode root) {
    List<Message> out = new ArrayList<>();
    JsonNode system = WireFields.field(root, "system");
    if (system != null) {
      system(system, out);
    }
    ArrayNode messages = WireFields.array(WireFields.required(root, "messages", ""), "messages");
    for (int i = 0; i < messages.size(); i++) {
      message(messages.get(i), WireFields.at("messages", i), out);
    }
    return out;
  }

  private void system(JsonNode system, List<Message> out) {
    if (system.isTextual()) {
      if (!system.textValue().isEmpty()) {
        out.add(Message.text(Role.SYSTEM, system.textValue()));
      }
      return;
    }
    ArrayNode array = WireFields.array(system, "system");
    for (int i = 0; i < array.size(); i++) {
      String path = WireFields.at("system", i);
      ObjectNode block = WireFields.object(array.get(i), path);
      String type = WireFields.requiredString(block, "type", path);
      if (!type.equals("text")) {
        throw WireFields.invalid(WireFields.at(path, "type"), "system blocks must be text");
      }
      out.add(Message.text(Role.SYSTEM, WireFields.requiredString(block, "text", path)));
    }
  }

  private void message(JsonNode node, String path, List<Message> out) {
    ObjectNode m = WireFields.object(node, path);
    String roleText = WireFields.requiredString(m, "role", path);
    Role role = switch (roleText) {
      case "user" -> Role.USER;
      case "assistant" -> Role.ASSISTANT;
      // newer SDK types list a system role for mid-conversation system blocks (message_param.py)
      case "system" -> Role.SYSTEM;
      default -> throw WireFields.invalid(WireFields.at(path, "role"),
          "expected 'user' or 'assistant', got '" + roleText + "'");
    };
    List<Part> parts = blocks.content(WireFields.required(m, "content", path),
        WireFields.at(path, "content"));
    if (role != Role.USER) {
      if (parts.stream().anyMatch(p -> p instanceof Part.ToolResult)) {
        throw WireFields.invalid(WireFields.at(path, "content"),
            "tool_result blocks belong in user turns");
      }
      out.add(new Message(role, parts));
      return;
    }
    List<Part> results = new ArrayList<>();
    List<Part> rest = new ArrayList<>();
    for (Part p : parts) {
      (p instanceof Part.ToolResult ? results : rest).add(p);
    }
    if (!results.isEmpty()) {
      out.add(new Message(Role.TOOL, results));
    }
    if (!rest.isEmpty() || results.isEmpty()) {
      out.add(new Message(Role.USER, rest));
    }
  }
}
