package dev.switchboard.engine.tokens;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import dev.switchboard.translate.canonical.ChatRequest;
import dev.switchboard.translate.canonical.Message;
import dev.switchboard.translate.canonical.Part;
import dev.switchboard.translate.canonical.ResponseFormat;
import dev.switchboard.translate.canonical.Tool;
import dev.switchboard.translate.canonical.Usage;
import java.util.List;

/**
 * Estimates token counts with OpenAI's {@code cl100k_base} encoding. It is an estimate for every
 * provider: other tokenizers differ by a few tens of percent. {@code cl100k_base} rather than
 * {@code o200k_base}: on the same prompts it counts within a fraction of a percent of o200k but
 * runs about seven times faster in jtokkit (o200k's splitter regex dominated the token-limit
 * check, bench/README.md), and this runs on the request path whenever a token limit applies. Rules for a request's input:
 *
 * <ul>
 *   <li>the text of every part (text, reasoning, tool-call names and arguments, tool results);
 *   <li>{@value #PER_MESSAGE} tokens per message and {@value #REPLY_PRIMING} for the reply, as in
 *       OpenAI's cookbook "How to count tokens with tiktoken";
 *   <li>each tool's name, description and parameter schema JSON plus {@value #PER_TOOL} tokens, and
 *       a JSON response schema;
 *   <li>{@value #PER_IMAGE} tokens per image whatever its size: a 1024×1024 image at OpenAI's "high"
 *       detail (85 + 4 × 170 tokens, OpenAI vision guide). Smaller images cost less, larger ones
 *       more on some providers.
 * </ul>
 *
 * One shared encoding serves all threads (jtokkit encodings are thread-safe); text is counted as
 * ordinary text, so special-token strings in user input do not throw.
 */
public final class TokenEstimator {

  public static final int PER_MESSAGE = 3;
  public static final int REPLY_PRIMING = 3;
  public static final int PER_TOOL = 8;
  public static final int PER_IMAGE = 765;

  private final Encoding encoding;

  TokenEstimator(Encoding encoding) {
    this.encoding = encoding;
  }

  /**
   * The process-wide estimator. The first call loads the encoding (a second or more): make it once
   * at start-up, off the event loop.
   */
  public static TokenEstimator shared() {
    return Shared.INSTANCE;
  }

  /** The encoding's name ({@code cl100k_base}). */
  public String encodingName() {
    return encoding.getName();
  }

  /** Tokens of a text (0 for null or empty). */
  public long countText(String text) {
    return text == null || text.isEmpty() ? 0 : encoding.countTokensOrdinary(text);
  }

  /** Estimated input tokens of a request (messages, tools, response schema). */
  public long estimateInput(ChatRequest request) {
    long total = REPLY_PRIMING;
    for (Message m : request.messages()) {
      total += PER_MESSAGE + countParts(m.parts());
    }
    for (Tool t : request.tools()) {
      total += PER_TOOL + countText(t.name()) + countText(t.description());
      total += t.parameters() == null ? 0 : countText(t.parameters().toString());
    }
    if (request.responseFormat() instanceof ResponseFormat.JsonSchema s && s.schema() != null) {
      total += countText(s.schema().toString());
    }
    return total;
  }

  /**
   * The tokens to reserve against a TPM limit before the call: the input estimate plus the
   * request's {@code max_tokens} when it sets one (OpenAI counts {@code max_tokens} toward TPM the
   * same way); settling with the real usage corrects it.
   */
  public long reservation(ChatRequest request) {
    Integer max = request.sampling().maxTokens();
    return estimateInput(request) + (max == null || max < 0 ? 0 : max);
  }

  /**
   * The upstream's usage when it reported any, else an estimate from the request and the answer's
   * text, flagged {@code estimated}.
   */
  public Usage orEstimate(Usage reported, ChatRequest request, String outputText) {
    if (reported != null && reported.totalTokens() > 0) {
      return reported;
    }
    return new Usage(estimateInput(request), countText(outputText), 0, 0, 0, true);
  }

  private long countParts(List<Part> parts) {
    long total = 0;
    for (Part p : parts) {
      total += countPart(p);
    }
    return total;
  }

  private long countPart(Part p) {
    if (p instanceof Part.Text t) {
      return countText(t.text());
    }
    if (p instanceof Part.Image) {
      return PER_IMAGE;
    }
    if (p instanceof Part.ToolCall c) {
      return countText(c.name()) + countText(c.arguments());
    }
    if (p instanceof Part.ToolResult r) {
      return countText(r.name()) + countParts(r.content());
    }
    if (p instanceof Part.Thinking th) {
      return countText(th.text());
    }
    return 0;
  }

  /** Loads the encoding once, on first use (about 1.7 MB of ranks). */
  private static final class Shared {
    static final TokenEstimator INSTANCE = new TokenEstimator(load());

    private static Encoding load() {
      return Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.CL100K_BASE);
    }
  }
}
