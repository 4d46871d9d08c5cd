package dev.switchboard.translate.canonical;

/**
 * Reasoning settings. A client gives an {@code effort} (OpenAI) or a {@code budgetTokens}
 * (Anthropic, Gemini); encoders convert one to the other with {@link ReasoningEffort#budget()} and
 * {@link ReasoningEffort#fromBudget(int)}. {@code includeThoughts} asks for visible reasoning text.
 */
public record Reasoning(ReasoningEffort effort, Integer budgetTokens, Boolean includeThoughts) {

  /** The budget in tokens: the explicit one, else derived from the effort, else null. */
  public Integer effectiveBudget() {
    if (budgetTokens != null) {
      return budgetTokens;
    }
    return effort == null ? null : effort.budget();
  }

  /** The effort: the explicit one, else derived from the budget, else null. */
  public ReasoningEffort effectiveEffort() {
    if (effort != null) {
      return effort;
    }
    return budgetTokens == null ? null : ReasoningEffort.fromBudget(budgetTokens);
  }
}
