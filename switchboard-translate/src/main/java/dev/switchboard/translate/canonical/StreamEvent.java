package dev.switchboard.translate.canonical;

/**
 * One event of a streamed answer in canonical form. Stream decoders turn upstream SSE frames into
 * these; stream encoders turn them into the client's SSE frames. The order is always:
 * {@link Start}, then any mix of deltas, then {@link Finish} (with final usage), or an {@link Error}
 * at any point. Tool calls are numbered by {@code index} in the order they start (0, 1, ...),
 * independent of any upstream block index.
 */
public sealed interface StreamEvent {

  /** The answer begins. {@code usage} carries input tokens when the upstream reports them early. */
  record Start(String id, String model, long created, Usage usage) implements StreamEvent {}

  /** A piece of visible text. */
  record TextDelta(String text) implements StreamEvent {}

  /** A piece of reasoning text. */
  record ThinkingDelta(String text) implements StreamEvent {}

  /** The signature that closes a thinking block (Anthropic), valid only for {@code format}. */
  record ThinkingSignature(String signature, dev.switchboard.translate.format.Format format)
      implements StreamEvent {}

  /** Encrypted reasoning without text (Anthropic {@code redacted_thinking}). */
  record RedactedThinking(String data) implements StreamEvent {}

  /** A tool call begins. {@code signature} is a Gemini thought signature, when present. */
  record ToolCallStart(int index, String id, String name, String signature,
                       dev.switchboard.translate.format.Format signatureFormat) implements StreamEvent {
    public ToolCallStart(int index, String id, String name) {
      this(index, id, name, null, null);
    }
  }

  /** A piece of a tool call's JSON arguments. */
  record ToolCallDelta(int index, String argumentsPart) implements StreamEvent {}

  /** Usage reported during or at the end of the stream (merged with {@link Usage#merge}). */
  record UsageReport(Usage usage) implements StreamEvent {}

  /** The answer is complete. */
  record Finish(FinishReason reason, Usage usage) implements StreamEvent {}

  /** The upstream failed mid-stream; encoders end the client's stream with an error event. */
  record Error(ApiError error) implements StreamEvent {}
}
