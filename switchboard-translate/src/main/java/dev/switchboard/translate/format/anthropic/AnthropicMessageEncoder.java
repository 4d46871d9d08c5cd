package dev.switchboard.translate.format.anthropic;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.Message;
import dev.switchboard.translate.canonical.Part;
import dev.switchboard.translate.canonical.Role;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the {@code system} blocks and the {@code messages} array from canonical messages
 * (wire-formats.md §6.1):
 * <ul>
 *   <li>every SYSTEM message, wherever it stands, is hoisted into {@code system} in order (the
 *       Messages API has no system role; ONEAPI's forwarding of a second system message is the bug
 *       to avoid, and router-for-me/CLIProxyAPI#3622 shows mid-conversation ones exist);</li>
 *   <li>TOOL messages become user turns; consecutive turns of one role are merged, tool_result
 *       blocks first in a user turn and thinking blocks first in an assistant turn (BerriAI/litellm
 *       #15601: "Expected `thinking` … found `tool_use`");</li>
 *   <li>empty turns are dropped and a final assistant prefill loses its trailing whitespace.</li>
 * </ul>
 */
final class AnthropicMessageEncoder {

  private static final System.Logger LOG = System.getLogger(AnthropicMessageEncoder.class.getName());

  /** The encoded conversation: {@code system} (possibly empty) and {@code messages}. */
  record Conversation(ArrayNode system, ArrayNode messages) {}

  private record Turn(String role, List<ObjectNode> blocks) {}

  private final AnthropicBlockEncoder blocks;

  AnthropicMessageEncoder(ToolIdSanitizer ids) {
    this.blocks = new AnthropicBlockEncoder(ids);
  }

  Conversation encode(List<Message> messages) {
    ArrayNode system = Json.array();
    List<Turn> turns = new ArrayList<>();
    for (Message m : messages) {
      if (m.role() == Role.SYSTEM) {
        hoist(m, system);
      } else if (m.role() == Role.ASSISTANT) {
        append(turns, "assistant", assistantBlocks(m));
      } else {
        append(turns, "user", userBlocks(m));
      }
    }
    turns.replaceAll(t -> new Turn(t.role(), ordered(t)));
    trimFinalAssistant(turns);
    ArrayNode out = Json.array();
    for (Turn t : turns) {
      ObjectNode msg = out.addObject();
      msg.put("role", t.role());
      msg.putArray("content").addAll(t.blocks());
    }
    return new Conversation(system, out);
  }

  private static void hoist(Message m, ArrayNode system) {
    for (Part p : m.parts()) {
      ObjectNode block = p instanceof Part.Text t ? AnthropicBlockEncoder.text(t.text()) : null;
      if (block != null) {
        system.add(block);
      } else if (!(p instanceof Part.Text)) {
        LOG.log(Level.DEBUG, "dropping non-text {0} part of a system message",
            p.getClass().getSimpleName());
      }
    }
  }

  private List<ObjectNode> userBlocks(Message m) {
    List<ObjectNode> out = new ArrayList<>();
    for (Part p : m.parts()) {
      addIfPresent(out, blocks.userBlock(p));
    }
    return out;
  }

  private List<ObjectNode> assistantBlocks(Message m) {
    List<ObjectNode> out = new ArrayList<>();
    for (Part p : m.parts()) {
      addIfPresent(out, blocks.assistantBlock(p));
    }
    return out;
  }

  private static void addIfPresent(List<ObjectNode> out, ObjectNode block) {
    if (block != null) {
      out.add(block);
    }
  }

  private static void append(List<Turn> turns, String role, List<ObjectNode> content) {
    if (content.isEmpty()) {
      return;
    }
    Turn last = turns.isEmpty() ? null : turns.get(turns.size() - 1);
    if (last != null && last.role().equals(role)) {
      last.blocks().addAll(content);
    } else {
      turns.add(new Turn(role, new ArrayList<>(content)));
    }
  }

  /** Tool results lead a user turn; thinking leads an assistant turn; the rest keep their order. */
  private static List<ObjectNode> ordered(Turn turn) {
    List<ObjectNode> first = new ArrayList<>();
    List<ObjectNode> rest = new ArrayList<>();
    for (ObjectNode b : turn.blocks()) {
      String type = b.path("type").asText();
      boolean leads = turn.role().equals("user")
          ? type.equals("tool_result")
          : type.equals("thinking") || type.equals("redacted_thinking");
      (leads ? first : rest).add(b);
    }
    first.addAll(rest);
    return first;
  }

  /**
   * Anthropic rejects a final assistant message ending in whitespace (LITELLM
   * {@code anthropic_messages_pt}); strip it, dropping the block (and the turn) if nothing is left.
   */
  private static void trimFinalAssistant(List<Turn> turns) {
    if (turns.isEmpty() || !turns.get(turns.size() - 1).role().equals("assistant")) {
      return;
    }
    List<ObjectNode> content = turns.get(turns.size() - 1).blocks();
    ObjectNode last = content.get(content.size() - 1);
    if (!last.path("type").asText().equals("text")) {
      return;
    }
    String trimmed = last.path("text").asText().stripTrailing();
    if (trimmed.isEmpty()) {
      content.remove(content.size() - 1);
      if (content.isEmpty()) {
        turns.remove(turns.size() - 1);
      }
    } else {
      last.put("text", trimmed);
    }
  }
}
