package dev.switchboard.translate.canonical;

import java.util.List;

/** Sampling parameters; null means "not set" so the target's default applies. */
public record Sampling(
    Double temperature,
    Double topP,
    Integer topK,
    Integer maxTokens,
    List<String> stop,
    Long seed,
    Double presencePenalty,
    Double frequencyPenalty) {

  public static final Sampling NONE = new Sampling(null, null, null, null, null, null, null, null);

  public Sampling {
    stop = stop == null ? List.of() : List.copyOf(stop);
  }
}
