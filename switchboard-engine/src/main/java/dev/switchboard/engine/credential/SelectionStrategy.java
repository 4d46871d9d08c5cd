package dev.switchboard.engine.credential;

import dev.switchboard.engine.config.Strategy;
import java.util.List;

/**
 * Picks one candidate among the available ones of equal priority. Implementations keep their own
 * per-group state and are thread-safe; {@code groupKey} names the group (the requested model and
 * priority) so separate models rotate independently.
 */
public interface SelectionStrategy {

  Candidate pick(List<Candidate> available, String groupKey);

  static SelectionStrategy of(Strategy strategy) {
    return switch (strategy) {
      case ROUND_ROBIN -> new RoundRobinStrategy();
      case WEIGHTED -> new WeightedStrategy();
      case FILL_FIRST -> new FillFirstStrategy();
      case RANDOM -> new RandomStrategy();
    };
  }
}
