package dev.switchboard.translate.format.openai.responses;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.canonical.ChatResponse;
import dev.switchboard.translate.canonical.Part;
import dev.switchboard.translate.format.Format;
import dev.switchboard.translate.format.ResponseEncoder;
import java.lang.System.Logger.Level;

/**
 * Encodes a canonical answer as a Responses {@code Response} object that openai-java 4.x accepts:
 * thinking becomes {@code reasoning} items (encrypted content only when this format produced it),
 * consecutive text one {@code message} item, each tool call a {@code function_call} item whose
 * {@code fc_…} id differs from its {@code call_id}. Length and content-filter stops become
 * {@code status:"incomplete"} (wire-formats.md §7).
 */
public final class ResponsesResponseEncoder implements ResponseEncoder {

  private static final System.Logger LOG = System.getLogger(ResponsesResponseEncoder.class.getName());

  @Override
  public ObjectNode encode(ChatResponse r) {
    String id = ResponsesIds.response(r.id());
    long created = r.created() > 0 ? r.created() : System.currentTimeMillis() / 1000;
    ObjectNode o = ResponseEnvelope.of(id, r.model(), created, null);
    String status = ResponsesStatus.status(r.finishReason());
    o.put("status", status);
    String incomplete = ResponsesStatus.incompleteReason(r.finishReason());
    if (incomplete != null) {
      o.putObject("incomplete_details").put("reason", incomplete);
    }
    output(r, ResponsesIds.base(id), status, (ArrayNode) o.get("output"));
    if (r.usage() != null) {
      o.set("usage", ResponsesUsage.encode(r.usage()));
    }
    return o;
  }

  private static void output(ChatResponse r, String base, String status, ArrayNode out) {
    StringBuilder text = new StringBuilder();
    for (Part p : r.content()) {
      if (p instanceof Part.Text t) {
        text.append(t.text());
        continue;
      }
      flush(text, base, status, out);
      if (p instanceof Part.ToolCall c) {
        String args = c.arguments() == null || c.arguments().isEmpty() ? "{}" : c.arguments();
        String callId = c.id() != null && !c.id().isEmpty() ? c.id() : "call_" + base + "_" + out.size();
        out.add(OutputItems.functionCall(callId, c.name() == null ? "" : c.name(), args, status));
      } else if (p instanceof Part.Thinking th) {
        String encrypted = th.signatureFormat() == Format.OPENAI_RESPONSES ? th.redacted() : null;
        if ((th.text() != null && !th.text().isEmpty()) || encrypted != null) {
          out.add(OutputItems.reasoning(ResponsesIds.reasoning(base, out.size()), th.text(), encrypted));
        }
      } else {
        LOG.log(Level.DEBUG, "dropping {0} part of a response", p.getClass().getSimpleName());
      }
    }
    flush(text, base, status, out);
  }

  private static void flush(StringBuilder text, String base, String status, ArrayNode out) {
    if (text.length() > 0) {
      out.add(OutputItems.message(ResponsesIds.message(base, out.size()), text.toString(), status));
      text.setLength(0);
    }
  }
}
