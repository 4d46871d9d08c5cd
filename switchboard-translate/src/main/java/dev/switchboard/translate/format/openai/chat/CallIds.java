package dev.switchboard.translate.format.openai.chat;

import java.util.HashMap;
import java.util.Map;

/**
 * Tool-call ids seen while decoding one conversation: names by id (so tool results can carry the
 * function name other formats need), synthesized ids for calls that came without one, and the
 * ids given to legacy {@code function_call}s so the later {@code role:"function"} answer matches.
 */
final class CallIds {

  private final Map<String, String> nameById = new HashMap<>();
  private final Map<String, String> legacyIdByName = new HashMap<>();
  private int synthesized;

  String synthesize() {
    return "call_sb" + synthesized++;
  }

  void remember(String id, String name) {
    nameById.put(id, name);
  }

  String nameOf(String id) {
    return nameById.get(id);
  }

  /** An id for a legacy {@code function_call}, remembered under its function name. */
  String legacyCall(String name) {
    String id = synthesize();
    legacyIdByName.put(name, id);
    remember(id, name);
    return id;
  }

  /** The id of the latest legacy call of {@code name}, or a fresh one when none was seen. */
  String legacyResult(String name) {
    String id = legacyIdByName.remove(name);
    return id != null ? id : synthesize();
  }
}
