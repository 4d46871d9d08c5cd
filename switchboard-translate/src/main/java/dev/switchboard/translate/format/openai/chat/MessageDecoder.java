package dev.switchboard.translate.format.openai.chat;

import static dev.switchboard.translate.format.openai.chat.FieldReader.index;
import static dev.switchboard.translate.format.openai.chat.FieldReader.path;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.canonical.Message;
import dev.switchboard.translate.canonical.Part;
import dev.switchboard.translate.canonical.Role;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes the {@code messages} array of a Chat request. System and developer messages stay in
 * place as {@link Role#SYSTEM}; consecutive {@code tool} (and legacy {@code function}) messages
 * become one {@link Role#TOOL} message holding the results of one step, each named after the call
 * it answers. One instance per request (it remembers call ids).
 */
final class MessageDecoder {

  private final CallIds ids = new CallIds();

  List<Message> decode(ArrayNode messages) {
    if (messages.isEmpty()) {
      throw FieldReader.invalid("messages", "must not be empty");
    }
    List<Message> out = new ArrayList<>();
    for (int i = 0; i < messages.size(); i++) {
      String path = index("messages", i);
      Message m = message(FieldReader.requireObject(messages.get(i), path), path);
      Message last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (m.role() == Role.TOOL && last != null && last.role() == Role.TOOL) {
        List<Part> merged = new ArrayList<>(last.parts());
        merged.addAll(m.parts());
        out.set(out.size() - 1, new Message(Role.TOOL, merged));
      } else {
        out.add(m);
      }
    }
    return out;
  }

  private Message message(ObjectNode msg, String path) {
    String role = FieldReader.reqText(msg, "role", path);
    return switch (role) {
      case "system", "developer" ->
          new Message(Role.SYSTEM, ContentDecoder.decode(msg.get("content"), path(path, "content")));
      case "user" ->
          new Message(Role.USER, ContentDecoder.decode(msg.get("content"), path(path, "content")));
      case "assistant" -> new Message(Role.ASSISTANT, AssistantDecoder.decode(msg, path, ids));
      case "tool" -> toolResult(msg, path);
      case "function" -> functionResult(msg, path);
      default -> throw FieldReader.invalid(path(path, "role"),
          "must be one of system, developer, user, assistant, tool, function (got '" + role + "')");
    };
  }

  private Message toolResult(ObjectNode msg, String path) {
    String callId = FieldReader.reqText(msg, "tool_call_id", path);
    List<Part> content = ContentDecoder.decode(msg.get("content"), path(path, "content"));
    return new Message(Role.TOOL,
        List.of(new Part.ToolResult(callId, ids.nameOf(callId), content, false)));
  }

  private Message functionResult(ObjectNode msg, String path) {
    String name = FieldReader.reqText(msg, "name", path);
    List<Part> content = ContentDecoder.decode(msg.get("content"), path(path, "content"));
    return new Message(Role.TOOL,
        List.of(new Part.ToolResult(ids.legacyResult(name), name, content, false)));
  }
}
