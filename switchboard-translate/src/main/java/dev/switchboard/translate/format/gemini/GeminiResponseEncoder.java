package dev.switchboard.translate.format.gemini;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.ChatResponse;
import dev.switchboard.translate.canonical.Part;
import dev.switchboard.translate.format.ResponseEncoder;
import java.lang.System.Logger.Level;

/**
 * Encodes a canonical answer as a {@code GenerateContentResponse} (wire-formats.md §5.2): one
 * candidate with {@code role:"model"} parts, a Gemini {@code finishReason}, {@code usageMetadata}
 * (§8), {@code modelVersion} and {@code responseId}. Thinking becomes {@code thought:true} text;
 * signatures are written only when Gemini made them.
 */
final class GeminiResponseEncoder implements ResponseEncoder {

  private static final System.Logger LOG = System.getLogger(GeminiResponseEncoder.class.getName());

  @Override
  public ObjectNode encode(ChatResponse response) {
    ObjectNode candidate = Json.object();
    ObjectNode content = candidate.putObject("content");
    content.put("role", "model");
    content.set("parts", parts(response));
    candidate.put("finishReason", GeminiFinishReasons.encode(response.finishReason()));
    candidate.put("index", 0);
    ObjectNode body = Json.object();
    body.putArray("candidates").add(candidate);
    if (response.usage() != null) {
      body.set("usageMetadata", GeminiUsage.encode(response.usage()));
    }
    if (response.model() != null) {
      body.put("modelVersion", response.model());
    }
    if (response.id() != null) {
      body.put("responseId", response.id());
    }
    return body;
  }

  private static ArrayNode parts(ChatResponse response) {
    ArrayNode parts = Json.array();
    String pendingSignature = null;
    for (Part p : response.content()) {
      ObjectNode part = null;
      if (p instanceof Part.Thinking th) {
        String signature = th.signatureFormat() == GeminiCodecs.FORMAT ? th.signature() : null;
        if (th.text() == null || th.text().isEmpty()) {
          pendingSignature = signature;
        } else {
          part = Json.object().put("text", th.text()).put("thought", true);
          putSignature(part, signature);
        }
      } else if (p instanceof Part.Text t && t.text() != null && !t.text().isEmpty()) {
        part = Json.object().put("text", t.text());
        putSignature(part, pendingSignature);
        pendingSignature = null;
      } else if (p instanceof Part.ToolCall call) {
        part = functionCall(call, pendingSignature);
        pendingSignature = null;
      } else if (p instanceof Part.Image img) {
        part = GeminiImages.toPart(img.source());
      } else if (!(p instanceof Part.Text)) {
        LOG.log(Level.DEBUG, "dropping {0} from a Gemini response", p.getClass().getSimpleName());
      }
      if (part != null) {
        parts.add(part);
      }
    }
    return parts;
  }

  static ObjectNode functionCall(Part.ToolCall call, String pendingSignature) {
    ObjectNode fc = Json.object();
    if (call.id() != null) {
      fc.put("id", call.id());
    }
    fc.put("name", call.name());
    fc.set("args", GeminiArguments.parse(call.arguments(), call.id()));
    ObjectNode part = Json.object();
    part.set("functionCall", fc);
    String signature = call.signatureFormat() == GeminiCodecs.FORMAT ? call.signature() : pendingSignature;
    putSignature(part, signature);
    return part;
  }

  static void putSignature(ObjectNode part, String signature) {
    if (signature != null && !signature.isEmpty()) {
      part.put("thoughtSignature", signature);
    }
  }
}
