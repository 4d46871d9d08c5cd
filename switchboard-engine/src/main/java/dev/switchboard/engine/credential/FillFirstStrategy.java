package dev.switchboard.engine.credential;

import java.util.List;

/**
 * Always the first available candidate in config order: one credential takes all traffic until it
 * is unavailable (disabled, cooling down, over its limits), then the next fills in.
 */
public final class FillFirstStrategy implements SelectionStrategy {

  @Override
  public Candidate pick(List<Candidate> available, String groupKey) {
    return available.get(0);
  }
}
