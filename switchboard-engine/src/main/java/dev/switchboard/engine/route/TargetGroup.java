package dev.switchboard.engine.route;

import java.util.List;

/**
 * The targets that serve one requested model, highest priority first. Targets of equal priority
 * share the load through the selection strategy; lower priorities are tried when higher ones are
 * unavailable or failed.
 */
public record TargetGroup(String requestedModel, List<Target> targets) {

  public TargetGroup {
    targets = List.copyOf(targets);
  }
}
