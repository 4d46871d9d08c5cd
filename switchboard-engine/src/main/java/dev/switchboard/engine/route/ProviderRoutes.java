package dev.switchboard.engine.route;

import dev.switchboard.engine.config.ModelConfig;
import dev.switchboard.engine.config.ProviderConfig;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one provider serves: its listed models by name and alias (to the upstream name), or any
 * model when the list is omitted, minus the excluded globs.
 */
record ProviderRoutes(String providerId, String prefix, int priority, Map<String, String> listed,
                      boolean passthrough, List<Glob> excluded) {

  static ProviderRoutes of(ProviderConfig p) {
    Map<String, String> listed = new HashMap<>();
    if (p.models() != null) {
      for (ModelConfig m : p.models()) {
        listed.put(m.name(), m.upstreamName());
        if (m.alias() != null && !m.alias().isBlank()) {
          listed.put(m.alias(), m.upstreamName());
        }
      }
    }
    String prefix = p.prefix() == null || p.prefix().isBlank() ? null : p.prefix();
    return new ProviderRoutes(p.id(), prefix, p.priority(), Map.copyOf(listed), p.passthrough(),
        Glob.all(p.excludedModels()));
  }

  /** The upstream name for {@code model} when this provider lists it (and does not exclude it). */
  String listedUpstream(String model) {
    String upstream = listed.get(model);
    return upstream == null || Glob.anyMatches(excluded, model) ? null : upstream;
  }

  /** The upstream name for {@code model} by listing or passthrough, or null. */
  String upstream(String model) {
    String l = listedUpstream(model);
    if (l != null) {
      return l;
    }
    return passthrough && !Glob.anyMatches(excluded, model) ? model : null;
  }
}
