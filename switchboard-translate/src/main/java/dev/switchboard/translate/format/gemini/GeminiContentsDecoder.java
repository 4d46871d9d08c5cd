package dev.switchboard.translate.format.gemini;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.canonical.Message;
import dev.switchboard.translate.canonical.Part;
import dev.switchboard.translate.canonical.Role;
import java.lang.System.Logger.Level;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decodes a request's {@code contents} into canonical messages. Gemini links a
 * {@code functionResponse} to its {@code functionCall} by name and order, ids being optional
 * (wire-formats.md §5.2, §6.1 #3): calls without an id get {@code call_<turn>_<n>}, and each
 * response without an id takes the id of the oldest unanswered call of that name in the latest
 * model turn. User turns are split into {@link Role#TOOL} messages (function responses) and
 * {@link Role#USER} messages (everything else), keeping their order. One instance per request.
 */
final class GeminiContentsDecoder {

  private static final System.Logger LOG = System.getLogger(GeminiContentsDecoder.class.getName());

  private final List<Message> messages = new ArrayList<>();
  private final Map<String, Deque<String>> unansweredIds = new HashMap<>();
  private int turn;

  /** Adds {@code systemInstruction} (a Content, or leniently a plain string) as a system message. */
  void system(JsonNode instruction) {
    if (instruction == null) {
      return;
    }
    if (instruction.isTextual()) {
      addIfAny(Role.SYSTEM, List.of(new Part.Text(instruction.asText())));
      return;
    }
    if (!instruction.isObject()) {
      throw GeminiJson.invalid("systemInstruction", "an object");
    }
    ArrayNode parts = GeminiJson.array(instruction, "parts", "systemInstruction");
    List<Part> out = new ArrayList<>();
    for (int i = 0; parts != null && i < parts.size(); i++) {
      String path = "systemInstruction.parts[" + i + "]";
      String text = GeminiJson.string(GeminiJson.element(parts, i, "systemInstruction.parts"), "text", path);
      if (text != null && !text.isEmpty()) {
        out.add(new Part.Text(text));
      }
    }
    addIfAny(Role.SYSTEM, out);
  }

  /** Adds every content of the {@code contents} array. */
  void contents(ArrayNode contents) {
    for (int i = 0; i < contents.size(); i++) {
      content(GeminiJson.element(contents, i, "contents"), "contents[" + i + "]");
    }
  }

  List<Message> messages() {
    return messages;
  }

  private void content(ObjectNode content, String path) {
    String role = GeminiJson.string(content, "role", path);
    ArrayNode parts = GeminiJson.array(content, "parts", path);
    if (parts == null) {
      return;
    }
    String r = role == null ? "user" : role.toLowerCase(Locale.ROOT);
    switch (r) {
      case "model", "assistant" -> modelTurn(parts, path + ".parts");
      case "user", "function", "tool" -> userTurn(parts, path + ".parts", Role.USER);
      case "system" -> userTurn(parts, path + ".parts", Role.SYSTEM);
      default -> throw GeminiJson.invalid(path + ".role", "\"user\" or \"model\"");
    }
    turn++;
  }

  private void modelTurn(ArrayNode parts, String path) {
    unansweredIds.clear();
    List<Part> out = new ArrayList<>();
    int calls = 0;
    for (int i = 0; i < parts.size(); i++) {
      ObjectNode raw = GeminiJson.element(parts, i, path);
      String p = path + "[" + i + "]";
      if (GeminiJson.has(raw, "functionResponse")) {
        throw GeminiJson.invalid(p + ".functionResponse", "in a \"user\" content");
      }
      GeminiPart part = GeminiPart.decode(raw, p);
      String fallbackId = "call_" + turn + "_" + calls;
      for (Part decoded : part.toParts(fallbackId)) {
        if (decoded instanceof Part.ToolCall call) {
          calls++;
          unansweredIds.computeIfAbsent(call.name(), k -> new ArrayDeque<>()).add(call.id());
        }
        out.add(decoded);
      }
    }
    addIfAny(Role.ASSISTANT, out);
  }

  private void userTurn(ArrayNode parts, String path, Role role) {
    List<Part> run = new ArrayList<>();
    boolean runIsTool = false;
    for (int i = 0; i < parts.size(); i++) {
      ObjectNode part = GeminiJson.element(parts, i, path);
      String p = path + "[" + i + "]";
      if (GeminiJson.has(part, "functionCall")) {
        throw GeminiJson.invalid(p + ".functionCall", "in a \"model\" content");
      }
      ObjectNode response = GeminiJson.object(part, "functionResponse", p);
      Part decoded = response != null ? toolResult(response, p + ".functionResponse", i)
          : Boolean.TRUE.equals(GeminiJson.bool(part, "thought", p)) ? null : plainPart(part, p);
      if (decoded == null) {
        continue;
      }
      boolean isTool = decoded instanceof Part.ToolResult;
      if (!run.isEmpty() && isTool != runIsTool) {
        addIfAny(runIsTool ? Role.TOOL : role, run);
        run = new ArrayList<>();
      }
      runIsTool = isTool;
      run.add(decoded);
    }
    addIfAny(runIsTool ? Role.TOOL : role, run);
  }

  private Part.ToolResult toolResult(ObjectNode response, String path, int n) {
    String name = GeminiJson.string(response, "name", path);
    if (name == null || name.isEmpty()) {
      throw GeminiJson.invalid(path + ".name", "a non-empty string");
    }
    ObjectNode body = GeminiJson.object(response, "response", path);
    String id = GeminiJson.string(response, "id", path);
    Deque<String> pending = unansweredIds.get(name);
    if (id == null || id.isEmpty()) {
      id = pending != null && !pending.isEmpty() ? pending.poll() : "call_" + turn + "_r" + n;
    } else if (pending != null) {
      pending.remove(id);
    }
    GeminiFunctionResponses.Decoded decoded = GeminiFunctionResponses.decode(body);
    return new Part.ToolResult(id, name, List.of(new Part.Text(decoded.text())), decoded.isError());
  }

  /** Text, inline data or a file reference; null for empty text and parts we cannot express. */
  static Part plainPart(ObjectNode part, String path) {
    String text = GeminiJson.string(part, "text", path);
    if (text != null) {
      return text.isEmpty() ? null : new Part.Text(text);
    }
    ObjectNode inline = GeminiJson.object(part, "inlineData", path);
    if (inline != null) {
      return GeminiImages.fromInlineData(inline, GeminiJson.join(path, "inlineData"));
    }
    ObjectNode file = GeminiJson.object(part, "fileData", path);
    if (file != null) {
      return GeminiImages.fromFileData(file, GeminiJson.join(path, "fileData"));
    }
    if (!GeminiJson.has(part, "functionResponse") && !GeminiJson.has(part, "thoughtSignature")) {
      LOG.log(Level.DEBUG, "dropping Gemini part without canonical form at {0}: {1}", path,
          part.fieldNames().hasNext() ? part.fieldNames().next() : "(empty)");
    }
    return null;
  }

  private void addIfAny(Role role, List<Part> parts) {
    if (!parts.isEmpty()) {
      messages.add(new Message(role, parts));
    }
  }
}
