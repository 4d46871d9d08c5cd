package dev.switchboard.engine.route;

import dev.switchboard.engine.config.ProviderConfig;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps requested model names to a {@link RoutePlan}. Rules, in order:
 * <ol>
 *   <li>A name starting with a provider's {@code prefix} routes to that provider only, with the
 *       prefix stripped.</li>
 *   <li>Otherwise every provider that lists the name (as {@code name} or {@code alias}) serves it,
 *       with its {@code upstream} mapping. Providers without a model list (passthrough) serve any
 *       name not excluded, but only when no provider lists the name explicitly.</li>
 *   <li>Targets are ordered by {@code priority}, highest first, then by config order.</li>
 *   <li>After a requested model come its {@code routing.fallbacks} (for an alias, those of the model
 *       it names when the alias has none), each as its own group.</li>
 * </ol>
 * Immutable and thread-safe; built once per config.
 */
public final class RouteResolver {

  private final List<ProviderRoutes> providers;
  private final Map<String, List<String>> fallbacks;
  private final Map<String, String> aliases = new HashMap<>();

  public RouteResolver(List<ProviderConfig> providers, Map<String, List<String>> fallbacks) {
    this.providers = providers.stream().map(ProviderRoutes::of).toList();
    this.fallbacks = Map.copyOf(fallbacks);
    for (ProviderConfig p : providers) {
      if (p.models() != null) {
        p.models().stream().filter(m -> m.alias() != null && !m.alias().isBlank())
            .forEach(m -> aliases.putIfAbsent(m.alias(), m.name()));
      }
    }
  }

  /**
   * The plan for the requested models (the request's {@code model}, or its {@code models} array),
   * each followed by its configured fallbacks; models nobody serves are skipped.
   */
  public RoutePlan plan(List<String> requestedModels) {
    Set<String> chain = new LinkedHashSet<>();
    for (String m : requestedModels) {
      chain.add(m);
      List<String> after = fallbacks.get(m);
      if (after == null && aliases.containsKey(m)) {
        after = fallbacks.get(aliases.get(m));
      }
      chain.addAll(after == null ? List.of() : after);
    }
    List<TargetGroup> groups = new ArrayList<>();
    for (String m : chain) {
      TargetGroup g = group(m);
      if (!g.targets().isEmpty()) {
        groups.add(g);
      }
    }
    return new RoutePlan(groups);
  }

  /** The targets serving one model name, highest priority first. */
  public TargetGroup group(String model) {
    List<Target> targets = new ArrayList<>();
    for (ProviderRoutes p : providers) {
      if (p.prefix() != null && model.startsWith(p.prefix())) {
        String upstream = p.upstream(model.substring(p.prefix().length()));
        if (upstream != null) {
          targets.add(new Target(p.providerId(), upstream, model, p.priority()));
        }
      }
    }
    if (targets.isEmpty()) {
      for (ProviderRoutes p : providers) {
        String upstream = p.listedUpstream(model);
        if (upstream != null) {
          targets.add(new Target(p.providerId(), upstream, model, p.priority()));
        }
      }
    }
    if (targets.isEmpty()) {
      for (ProviderRoutes p : providers) {
        if (p.passthrough() && p.upstream(model) != null) {
          targets.add(new Target(p.providerId(), model, model, p.priority()));
        }
      }
    }
    targets.sort(Comparator.comparingInt(Target::priority).reversed());
    return new TargetGroup(model, targets);
  }

  /** Every model name clients can ask for by listing (names and aliases), in config order. */
  public List<ListedModel> listedModels() {
    List<ListedModel> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (ProviderRoutes p : providers) {
      p.listed().keySet().stream().sorted().forEach(name -> {
        if (seen.add(name)) {
          out.add(new ListedModel(name, p.providerId()));
        }
      });
    }
    return out;
  }
}
