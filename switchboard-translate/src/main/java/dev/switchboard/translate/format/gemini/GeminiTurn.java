package dev.switchboard.translate.format.gemini;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.Json;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One Gemini {@code Content} being built by {@link GeminiContentsEncoder}: its role, its parts, the
 * ids of the calls it makes (model turns) and the model turn it answers (user turns). Function
 * responses are written first, in the order of the calls of the previous model turn, because Gemini
 * pairs them by position (wire-formats.md §6.1 #2).
 */
final class GeminiTurn {

  private record Entry(ObjectNode part, String answersCallId, int seq) {}

  private final String role;
  private final GeminiTurn answers;
  private final List<Entry> entries = new ArrayList<>();
  private final List<String> callIds = new ArrayList<>();

  GeminiTurn(String role, GeminiTurn answers) {
    this.role = role;
    this.answers = answers;
  }

  String role() {
    return role;
  }

  /** The ids of this model turn's function calls, in order. */
  List<String> callIds() {
    return callIds;
  }

  /** Adds a part; {@code answersCallId} is non-null for a function response. */
  void add(ObjectNode part, String answersCallId) {
    entries.add(new Entry(part, answersCallId, entries.size()));
  }

  ObjectNode toJson() {
    List<Entry> sorted = new ArrayList<>(entries);
    sorted.sort(Comparator.comparingLong(this::rank));
    ArrayNode parts = Json.array();
    sorted.forEach(e -> parts.add(e.part()));
    ObjectNode content = Json.object();
    content.put("role", role);
    content.set("parts", parts);
    return content;
  }

  /** Responses by the position of their call, unknown calls after them, other parts last. */
  private long rank(Entry e) {
    if (!e.part().has("functionResponse")) {
      return 2L * Integer.MAX_VALUE + e.seq();
    }
    int position = answers == null ? -1 : answers.callIds.indexOf(e.answersCallId());
    return position >= 0 ? position : (long) Integer.MAX_VALUE + e.seq();
  }
}
