package dev.switchboard.translate.format.anthropic;

import dev.switchboard.translate.canonical.ChatRequest;
import dev.switchboard.translate.canonical.Reasoning;
import dev.switchboard.translate.canonical.ReasoningEffort;
import dev.switchboard.translate.canonical.ToolChoice;
import java.lang.System.Logger.Level;

/**
 * The {@code max_tokens} and thinking budget to send. Anthropic requires {@code max_tokens}; when
 * the client gave none, {@link #DEFAULT_MAX_TOKENS} is used. A thinking budget comes from the
 * explicit budget or the {@link ReasoningEffort} table, is at least {@link #MIN_BUDGET} and must
 * stay below {@code max_tokens} (ANT-SDK {@code thinking_config_enabled_param.py}): when it does
 * not, {@code max_tokens} is raised to budget + {@link #DEFAULT_MAX_TOKENS} so the answer keeps
 * room. A request for visible thoughts without any budget uses the MEDIUM budget. Thinking is left
 * off when the tool choice forces a tool, which Anthropic rejects together with thinking.
 *
 * @param budgetTokens the thinking budget, or null for no thinking
 * @param maxTokens the {@code max_tokens} value
 */
record ThinkingBudget(Integer budgetTokens, int maxTokens) {

  static final int DEFAULT_MAX_TOKENS = 4096;
  static final int MIN_BUDGET = 1024;

  private static final System.Logger LOG = System.getLogger(ThinkingBudget.class.getName());

  static ThinkingBudget of(ChatRequest request) {
    Integer asked = request.sampling().maxTokens();
    Integer budget = budget(request.reasoning(), request.toolChoice());
    if (budget == null) {
      return new ThinkingBudget(null, asked == null ? DEFAULT_MAX_TOKENS : Math.max(1, asked));
    }
    if (asked == null || asked <= budget) {
      return new ThinkingBudget(budget, (int) Math.min(Integer.MAX_VALUE, (long) budget + DEFAULT_MAX_TOKENS));
    }
    return new ThinkingBudget(budget, asked);
  }

  private static Integer budget(Reasoning reasoning, ToolChoice choice) {
    if (reasoning == null) {
      return null;
    }
    Integer budget = reasoning.effectiveBudget();
    if (budget == null && Boolean.TRUE.equals(reasoning.includeThoughts())) {
      budget = ReasoningEffort.MEDIUM.budget();
    }
    if (budget == null || budget <= 0) {
      return null;
    }
    if (choice instanceof ToolChoice.Required || choice instanceof ToolChoice.Named) {
      LOG.log(Level.DEBUG, "thinking dropped: Anthropic rejects it with a forced tool choice");
      return null;
    }
    return Math.min(Math.max(MIN_BUDGET, budget), Integer.MAX_VALUE - DEFAULT_MAX_TOKENS);
  }

  boolean thinking() {
    return budgetTokens != null;
  }
}
