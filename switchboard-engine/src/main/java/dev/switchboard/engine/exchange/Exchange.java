package dev.switchboard.engine.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.engine.access.Caller;
import dev.switchboard.engine.resilience.AttemptRecord;
import dev.switchboard.translate.canonical.ChatRequest;
import dev.switchboard.translate.canonical.ChatResponse;
import dev.switchboard.translate.canonical.Part;
import dev.switchboard.translate.canonical.Usage;
import dev.switchboard.translate.format.Format;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The state of one client request as it moves through the engine: what the client sent (raw and
 * decoded), who it is, and what happened (attempts, usage, timings). Lives on one event loop.
 */
public final class Exchange {

  private final String requestId;
  private final Format inbound;
  /** The client's body; dropped once the client has its first byte (no attempt can follow). */
  private ObjectNode body;
  private byte[] raw;
  private final List<String> requestedModels;
  private final ChatRequest request;
  private final Map<String, String> clientHeaders;
  private final Caller caller;
  private final long startNanos = System.nanoTime();
  private final List<AttemptRecord> attempts = new ArrayList<>(2);
  private int attemptsBegun;
  private String currentProvider;
  private String currentModel;
  private long firstByteNanos;
  private Usage usage;
  private final StringBuilder output = new StringBuilder();
  private long outputOverflow;

  public Exchange(Inbound in, ChatRequest request, Caller caller) {
    this.requestId = in.requestId();
    this.inbound = in.format();
    this.body = in.body();
    this.raw = in.raw();
    this.clientHeaders = in.headers();
    this.request = request;
    this.caller = caller;
    this.requestedModels = modelsAskedFor(in.body(), request);
  }

  /** What the HTTP layer received: request id, format, JSON body and lower-cased headers. */
  public record Inbound(String requestId, Format format, ObjectNode body, byte[] raw, Map<String, String> headers) {

    public Inbound(String requestId, Format format, ObjectNode body, Map<String, String> headers) {
      this(requestId, format, body, null, headers);
    }
  }

  /** The model names the client asked for: its {@code models} array, else its {@code model}. */
  public List<String> requestedModels() {
    return requestedModels;
  }

  private static List<String> modelsAskedFor(ObjectNode body, ChatRequest request) {
    JsonNode models = body == null ? null : body.get("models");
    if (models != null && models.isArray() && !models.isEmpty()) {
      List<String> out = new ArrayList<>();
      models.forEach(m -> {
        if (m.isTextual() && !m.asText().isBlank()) {
          out.add(m.asText());
        }
      });
      if (!out.isEmpty()) {
        return List.copyOf(out);
      }
    }
    return request.model() == null ? List.of() : List.of(request.model());
  }

  public String requestId() {
    return requestId;
  }

  public Format inbound() {
    return inbound;
  }

  public ObjectNode body() {
    return body;
  }

  /** The client's body as it came (null when not kept): the identity path may send it unchanged. */
  public byte[] rawBody() {
    return raw;
  }

  public ChatRequest request() {
    return request;
  }

  public Map<String, String> clientHeaders() {
    return clientHeaders;
  }

  public Caller caller() {
    return caller;
  }

  public List<AttemptRecord> attempts() {
    return attempts;
  }

  /** An attempt starts on this provider and upstream model (visible to debug headers at once). */
  public void beginAttempt(String providerId, String upstreamModel) {
    attemptsBegun++;
    output.setLength(0);
    outputOverflow = 0;
    currentProvider = providerId;
    currentModel = upstreamModel;
  }

  public int attemptsBegun() {
    return attemptsBegun;
  }

  /** The provider of the latest attempt, or null before the first. */
  public String currentProvider() {
    return currentProvider;
  }

  /** The upstream model of the latest attempt, or null before the first. */
  public String currentModel() {
    return currentModel;
  }

  public void recordAttempt(AttemptRecord a) {
    attempts.add(a);
  }

  /** The last attempt, or null when none was made. */
  public AttemptRecord lastAttempt() {
    return attempts.isEmpty() ? null : attempts.get(attempts.size() - 1);
  }

  public void markFirstByte() {
    if (firstByteNanos == 0) {
      firstByteNanos = System.nanoTime();
      // The client has bytes, so no attempt can follow: a held stream need not keep the request.
      body = null;
      raw = null;
    }
  }

  public long firstByteMillis() {
    return firstByteNanos == 0 ? -1 : (firstByteNanos - startNanos) / 1_000_000;
  }

  public long elapsedMillis() {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }

  /** Most output characters kept for estimating usage when the upstream reports none. */
  private static final int OUTPUT_KEPT = 256 * 1024;

  /** Generated text (answer, reasoning, tool arguments) as it passes, for estimates when usage is absent. */
  public void appendOutput(String text) {
    if (text == null) {
      return;
    }
    int room = OUTPUT_KEPT - output.length();
    if (text.length() <= room) {
      output.append(text);
    } else {
      output.append(text, 0, Math.max(0, room));
      outputOverflow += text.length() - Math.max(0, room);
    }
  }

  /** Everything generated in a complete answer. */
  public void appendOutput(ChatResponse response) {
    for (Part p : response.content()) {
      if (p instanceof Part.Text t) {
        appendOutput(t.text());
      } else if (p instanceof Part.Thinking th) {
        appendOutput(th.text());
      } else if (p instanceof Part.ToolCall c) {
        appendOutput(c.name());
        appendOutput(c.arguments());
      }
    }
  }

  /** The kept output text, and how many characters past the cap were not kept. */
  public String outputText() {
    return output.toString();
  }

  public long outputOverflow() {
    return outputOverflow;
  }

  public Usage usage() {
    return usage;
  }

  public void usage(Usage u) {
    this.usage = u;
  }
}
