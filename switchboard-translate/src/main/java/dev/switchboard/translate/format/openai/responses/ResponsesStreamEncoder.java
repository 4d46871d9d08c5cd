package dev.switchboard.translate.format.openai.responses;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.canonical.ApiError;
import dev.switchboard.translate.canonical.ChatRequest;
import dev.switchboard.translate.canonical.FinishReason;
import dev.switchboard.translate.canonical.StreamEvent;
import dev.switchboard.translate.canonical.Usage;
import dev.switchboard.translate.format.Format;
import dev.switchboard.translate.format.StreamEncoder;
import dev.switchboard.translate.sse.SseWriter;
import java.lang.System.Logger.Level;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Encodes canonical stream events as a Responses SSE stream (wire-formats.md §3.3, §9 "→ Responses
 * SSE"): {@code response.created}, {@code response.in_progress}, per-item events, and
 * {@code response.completed} (or {@code response.incomplete} for length and content-filter stops)
 * carrying the full output and usage. At most one message or reasoning item is open at a time;
 * function calls stay open until text, thinking or the finish arrives, so interleaved argument
 * fragments still land on their call.
 *
 * <p>Errors: an {@code error} event with the documented flat fields plus a nested {@code error}
 * object, because openai-java's SSE handler (like OAI-SDK's) raises only when the data carries an
 * {@code error} key; a flat {@code error} event or a {@code response.failed} is merely yielded.
 * A {@code response.failed} follows for clients that only watch for a terminal response event; an error before {@link StreamEvent.Start} is still preceded by
 * {@code response.created}, so the stream is well-formed for helpers that require it first. Keepalive is an SSE comment, which
 * openai-java, OAI-SDK and OAI-NODE skip (§12). One instance per stream.
 */
public final class ResponsesStreamEncoder implements StreamEncoder {

  private static final System.Logger LOG = System.getLogger(ResponsesStreamEncoder.class.getName());

  private final ChatRequest request;
  private final EventSequence seq = new EventSequence();
  private final ItemEvents items = new ItemEvents(seq);
  private final TreeMap<Integer, ObjectNode> doneItems = new TreeMap<>();
  private final Map<Integer, OpenItem> openCalls = new LinkedHashMap<>();
  private ObjectNode response;
  private String base;
  private int nextOutputIndex;
  private OpenItem openText;
  private Usage usage;
  private boolean finished;

  public ResponsesStreamEncoder(ChatRequest request) {
    this.request = request;
  }

  @Override
  public void encode(StreamEvent event, StringBuilder out) {
    if (finished) {
      return;
    }
    if (event instanceof StreamEvent.Start s) {
      start(s, out);
      return;
    }
    ensureStarted(out);
    if (event instanceof StreamEvent.TextDelta t) {
      textDelta(t.text(), out);
    } else if (event instanceof StreamEvent.ThinkingDelta t) {
      thinkingDelta(t.text(), out);
    } else if (event instanceof StreamEvent.ThinkingSignature sig) {
      signature(sig, out);
    } else if (event instanceof StreamEvent.ToolCallStart c) {
      toolCallStart(c, out);
    } else if (event instanceof StreamEvent.ToolCallDelta d) {
      toolCallDelta(d, out);
    } else if (event instanceof StreamEvent.UsageReport u) {
      usage = usage == null ? u.usage() : usage.merge(u.usage());
    } else if (event instanceof StreamEvent.Finish f) {
      finish(f, out);
    } else if (event instanceof StreamEvent.Error e) {
      error(e.error(), out);
    } else {
      LOG.log(Level.DEBUG, "dropping {0}: no Responses equivalent", event.getClass().getSimpleName());
    }
  }

  @Override
  public void keepalive(StringBuilder out) {
    SseWriter.comment(out, "keepalive");
  }

  private void start(StreamEvent.Start s, StringBuilder out) {
    if (response != null) {
      return;
    }
    String id = ResponsesIds.response(s.id());
    long created = s.created() > 0 ? s.created() : System.currentTimeMillis() / 1000;
    String model = s.model() != null ? s.model() : request == null ? null : request.model();
    response = ResponseEnvelope.of(id, model, created, request);
    base = ResponsesIds.base(id);
    usage = s.usage();
    for (String type : new String[] {"response.created", "response.in_progress"}) {
      ObjectNode e = seq.begin(type);
      e.set("response", response.deepCopy());
      seq.write(e, out);
    }
  }

  private void ensureStarted(StringBuilder out) {
    if (response == null) {
      start(new StreamEvent.Start(null, null, 0, null), out);
    }
  }

  private void textDelta(String text, StringBuilder out) {
    if (text == null || text.isEmpty()) {
      return;
    }
    items.textDelta(open(OpenItem.Kind.MESSAGE, out), text, out);
  }

  private void thinkingDelta(String text, StringBuilder out) {
    if (text == null || text.isEmpty()) {
      return;
    }
    items.summaryDelta(open(OpenItem.Kind.REASONING, out), text, out);
  }

  /** Encrypted reasoning of this format rides on the reasoning item; other formats' signatures are dropped. */
  private void signature(StreamEvent.ThinkingSignature sig, StringBuilder out) {
    if (sig.format() != Format.OPENAI_RESPONSES) {
      LOG.log(Level.DEBUG, "dropping a {0} thinking signature", sig.format());
      return;
    }
    open(OpenItem.Kind.REASONING, out).encrypted = sig.signature();
  }

  /** The open message or reasoning item of {@code kind}, closing whatever else is open. */
  private OpenItem open(OpenItem.Kind kind, StringBuilder out) {
    if (openText != null && openText.kind == kind) {
      return openText;
    }
    closeAll("completed", out);
    int index = nextOutputIndex++;
    openText = kind == OpenItem.Kind.MESSAGE ? OpenItem.message(base, index) : OpenItem.reasoning(base, index);
    items.added(openText, out);
    return openText;
  }

  private void toolCallStart(StreamEvent.ToolCallStart c, StringBuilder out) {
    if (openCalls.containsKey(c.index())) {
      LOG.log(Level.DEBUG, "ignoring a second start of tool call {0}", c.index());
      return;
    }
    closeText("completed", out);
    String callId = c.id() != null && !c.id().isEmpty() ? c.id() : "call_" + base + "_" + c.index();
    OpenItem call = OpenItem.functionCall(callId, c.name() == null ? "" : c.name(), nextOutputIndex++);
    openCalls.put(c.index(), call);
    items.added(call, out);
  }

  private void toolCallDelta(StreamEvent.ToolCallDelta d, StringBuilder out) {
    OpenItem call = openCalls.get(d.index());
    if (call == null) {
      LOG.log(Level.DEBUG, "dropping arguments of tool call {0}, which is not open", d.index());
      return;
    }
    if (d.argumentsPart() != null && !d.argumentsPart().isEmpty()) {
      items.argumentsDelta(call, d.argumentsPart(), out);
    }
  }

  private void finish(StreamEvent.Finish f, StringBuilder out) {
    FinishReason reason = f.reason() == null ? FinishReason.STOP : f.reason();
    String status = ResponsesStatus.status(reason);
    closeAll(status, out);
    Usage total = usage == null ? f.usage() : usage.merge(f.usage());
    response.put("status", status);
    String incomplete = ResponsesStatus.incompleteReason(reason);
    if (incomplete != null) {
      response.putObject("incomplete_details").put("reason", incomplete);
    }
    if (total != null) {
      response.set("usage", ResponsesUsage.encode(total));
    }
    terminal("completed".equals(status) ? "response.completed" : "response.incomplete", out);
  }

  private void error(ApiError error, StringBuilder out) {
    String code = ResponsesErrorCodec.wireCode(error);
    String message = error.message() == null ? "upstream error" : error.message();
    ObjectNode e = seq.begin("error").put("code", code).put("message", message).put("param", error.param());
    e.putObject("error").put("type", ResponsesErrorCodec.wireType(error.type())).put("code", code)
        .put("message", message).put("param", error.param());
    seq.write(e, out);
    response.put("status", "failed");
    response.putObject("error").put("code", code == null ? "server_error" : code).put("message", message);
    terminal("response.failed", out);
  }

  private void terminal(String type, StringBuilder out) {
    ArrayNode output = response.putArray("output");
    doneItems.values().forEach(output::add);
    ObjectNode e = seq.begin(type);
    e.set("response", response);
    seq.write(e, out);
    finished = true;
  }

  private void closeAll(String status, StringBuilder out) {
    closeText(status, out);
    for (OpenItem call : openCalls.values()) {
      doneItems.put(call.outputIndex, items.done(call, status, out));
    }
    openCalls.clear();
  }

  private void closeText(String status, StringBuilder out) {
    if (openText != null) {
      doneItems.put(openText.outputIndex, items.done(openText, status, out));
      openText = null;
    }
  }
}
