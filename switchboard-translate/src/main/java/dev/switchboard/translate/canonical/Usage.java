package dev.switchboard.translate.canonical;

/**
 * Token usage with one definition for every provider (wire-formats.md §8).
 *
 * <ul>
 *   <li>{@code inputTokens}: every input token, <em>including</em> cache reads and cache writes
 *       (OpenAI's {@code prompt_tokens}; Anthropic input + cache_read + cache_creation).</li>
 *   <li>{@code outputTokens}: every generated token, <em>including</em> reasoning tokens.</li>
 *   <li>{@code cacheReadTokens}, {@code cacheWriteTokens}: the cached parts of the input.</li>
 *   <li>{@code reasoningTokens}: the reasoning part of the output.</li>
 *   <li>{@code estimated}: the counts were estimated locally because the upstream reported none.</li>
 * </ul>
 */
public record Usage(
    long inputTokens,
    long outputTokens,
    long cacheReadTokens,
    long cacheWriteTokens,
    long reasoningTokens,
    boolean estimated) {

  public static final Usage ZERO = new Usage(0, 0, 0, 0, 0, false);

  public static Usage of(long input, long output) {
    return new Usage(input, output, 0, 0, 0, false);
  }

  public long totalTokens() {
    return inputTokens + outputTokens;
  }

  /** Input tokens that were neither read from nor written to a cache. */
  public long uncachedInputTokens() {
    return Math.max(0, inputTokens - cacheReadTokens - cacheWriteTokens);
  }

  /** Output tokens that are not reasoning. */
  public long visibleOutputTokens() {
    return Math.max(0, outputTokens - reasoningTokens);
  }

  /**
   * Merges a later report into this one: a non-zero later figure replaces the earlier one. Stream
   * formats report input early and output at the end (Anthropic), or cumulatively (Gemini).
   */
  public Usage merge(Usage later) {
    if (later == null) {
      return this;
    }
    return new Usage(
        later.inputTokens != 0 ? later.inputTokens : inputTokens,
        later.outputTokens != 0 ? later.outputTokens : outputTokens,
        later.cacheReadTokens != 0 ? later.cacheReadTokens : cacheReadTokens,
        later.cacheWriteTokens != 0 ? later.cacheWriteTokens : cacheWriteTokens,
        later.reasoningTokens != 0 ? later.reasoningTokens : reasoningTokens,
        estimated && later.estimated);
  }
}
