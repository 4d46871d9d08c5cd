package dev.switchboard.engine.route;

import java.util.List;

/**
 * The ordered groups an exchange may try: the requested model first, then each fallback model.
 * Each group gets its own attempts.
 */
public record RoutePlan(List<TargetGroup> groups) {

  public RoutePlan {
    groups = List.copyOf(groups);
  }

  public boolean isEmpty() {
    return groups.isEmpty();
  }

  /** The requested model names, in order, for messages such as "tried a, b". */
  public List<String> models() {
    return groups.stream().map(TargetGroup::requestedModel).toList();
  }
}
