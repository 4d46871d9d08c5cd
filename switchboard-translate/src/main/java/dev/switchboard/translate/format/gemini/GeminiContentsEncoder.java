package dev.switchboard.translate.format.gemini;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.Message;
import dev.switchboard.translate.canonical.Part;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Encodes canonical messages as {@code systemInstruction} and alternating {@code contents}
 * (wire-formats.md §6.1 #1, #2, #5, #6). Leading system messages become the system instruction;
 * later ones become user text, since {@code role:"system"} in contents fails
 * (router-for-me/CLIProxyAPI#3622). Consecutive turns of one role are merged; tool results become
 * one user turn of {@code functionResponse} parts in the order of the calls they answer; empty
 * text is dropped. One instance per request.
 */
final class GeminiContentsEncoder {

  /** Gemini 3 accepts this in place of an unknown thought signature (GEM-DOC-TS, CLIProxyAPI). */
  static final String DUMMY_SIGNATURE = "skip_thought_signature_validator";

  private static final System.Logger LOG = System.getLogger(GeminiContentsEncoder.class.getName());

  private final ArrayNode systemParts = Json.array();
  private final List<GeminiTurn> turns = new ArrayList<>();
  private final Map<String, String> callNames = new HashMap<>();
  private boolean leading = true;

  /** The {@code systemInstruction} object, or null when there is none. */
  ObjectNode systemInstruction() {
    if (systemParts.isEmpty()) {
      return null;
    }
    ObjectNode instruction = Json.object();
    instruction.set("parts", systemParts);
    return instruction;
  }

  /** The {@code contents} array. */
  ArrayNode contents() {
    if (turns.isEmpty() && !systemParts.isEmpty()) {
      // Gemini rejects a request without contents: a system-only prompt becomes the user turn.
      GeminiTurn only = new GeminiTurn("user", null);
      systemParts.forEach(p -> only.add((ObjectNode) p, null));
      systemParts.removeAll();
      turns.add(only);
    }
    ArrayNode out = Json.array();
    turns.forEach(t -> out.add(t.toJson()));
    return out;
  }

  void encode(List<Message> messages) {
    for (Message m : messages) {
      if (m.role() == null) {
        LOG.log(Level.DEBUG, "dropping a message without role");
        continue;
      }
      switch (m.role()) {
        case SYSTEM -> system(m);
        case USER -> user(m);
        case ASSISTANT -> assistant(m);
        case TOOL -> tool(m);
      }
    }
  }

  private void system(Message m) {
    for (Part p : m.parts()) {
      if (p instanceof Part.Text t && t.text() != null && !t.text().isEmpty()) {
        ObjectNode text = textPart(t.text());
        if (leading) {
          systemParts.add(text);
        } else {
          turn("user").add(text, null);
        }
      } else if (!(p instanceof Part.Text)) {
        LOG.log(Level.DEBUG, "dropping {0} in a system message", p.getClass().getSimpleName());
      }
    }
  }

  private void user(Message m) {
    leading = false;
    for (Part p : m.parts()) {
      if (p instanceof Part.Text t) {
        if (t.text() != null && !t.text().isEmpty()) {
          turn("user").add(textPart(t.text()), null);
        }
      } else if (p instanceof Part.Image img) {
        turn("user").add(GeminiImages.toPart(img.source()), null);
      } else if (p instanceof Part.ToolResult r) {
        toolResult(r);
      } else {
        LOG.log(Level.DEBUG, "dropping {0} in a user message", p.getClass().getSimpleName());
      }
    }
  }

  private void tool(Message m) {
    leading = false;
    for (Part p : m.parts()) {
      if (p instanceof Part.ToolResult r) {
        toolResult(r);
      } else {
        LOG.log(Level.DEBUG, "dropping {0} in a tool message", p.getClass().getSimpleName());
      }
    }
  }

  private void toolResult(Part.ToolResult r) {
    String name = r.name() != null && !r.name().isEmpty() ? r.name() : callNames.get(r.callId());
    if (name == null) {
      LOG.log(Level.DEBUG, "tool result {0} answers no known call; using its id as name", r.callId());
      name = r.callId() == null ? "unknown" : r.callId();
    }
    if (r.content().stream().anyMatch(c -> !(c instanceof Part.Text))) {
      LOG.log(Level.DEBUG, "dropping non-text content of tool result {0}", r.callId());
    }
    ObjectNode response = Json.object();
    response.put("name", name);
    response.set("response", GeminiFunctionResponses.encode(r));
    ObjectNode part = Json.object();
    part.set("functionResponse", response);
    turn("user").add(part, r.callId());
  }

  private void assistant(Message m) {
    leading = false;
    String pendingSignature = null;
    for (Part p : m.parts()) {
      ObjectNode part = null;
      if (p instanceof Part.Thinking th) {
        if (th.signatureFormat() != GeminiCodecs.FORMAT) {
          LOG.log(Level.DEBUG, "dropping thinking made by {0}: not replayable to Gemini", th.signatureFormat());
        } else if (th.text() == null || th.text().isEmpty()) {
          pendingSignature = th.signature();
        } else {
          part = textPart(th.text());
          part.put("thought", true);
          putSignature(part, th.signature());
        }
      } else if (p instanceof Part.Text t) {
        if (t.text() != null && !t.text().isEmpty()) {
          part = textPart(t.text());
          putSignature(part, pendingSignature);
          pendingSignature = null;
        }
      } else if (p instanceof Part.ToolCall call) {
        part = functionCall(call, pendingSignature);
        pendingSignature = null;
      } else if (p instanceof Part.Image img) {
        part = GeminiImages.toPart(img.source());
      } else {
        LOG.log(Level.DEBUG, "dropping {0} in an assistant message", p.getClass().getSimpleName());
      }
      if (part != null) {
        turn("model").add(part, null);
      }
    }
  }

  private ObjectNode functionCall(Part.ToolCall call, String pendingSignature) {
    callNames.put(call.id(), call.name());
    ObjectNode fc = Json.object();
    fc.put("name", call.name());
    fc.set("args", GeminiArguments.parse(call.arguments(), call.id()));
    ObjectNode part = Json.object();
    part.set("functionCall", fc);
    GeminiTurn model = turn("model");
    String signature = call.signatureFormat() == GeminiCodecs.FORMAT ? call.signature() : null;
    if (signature == null) {
      signature = pendingSignature;
    }
    // Gemini 3 rejects a step whose first functionCall has no thought signature (GEM-DOC-TS).
    if (signature == null && model.callIds().isEmpty()) {
      signature = DUMMY_SIGNATURE;
    }
    putSignature(part, signature);
    model.callIds().add(call.id());
    return part;
  }

  private GeminiTurn turn(String role) {
    GeminiTurn last = turns.isEmpty() ? null : turns.get(turns.size() - 1);
    if (last != null && last.role().equals(role)) {
      return last;
    }
    GeminiTurn previousModel = null;
    for (int i = turns.size() - 1; i >= 0 && previousModel == null; i--) {
      if (turns.get(i).role().equals("model")) {
        previousModel = turns.get(i);
      }
    }
    GeminiTurn next = new GeminiTurn(role, previousModel);
    turns.add(next);
    return next;
  }

  private static ObjectNode textPart(String text) {
    ObjectNode part = Json.object();
    part.put("text", text);
    return part;
  }

  private static void putSignature(ObjectNode part, String signature) {
    if (signature != null && !signature.isEmpty()) {
      part.put("thoughtSignature", signature);
    }
  }
}
