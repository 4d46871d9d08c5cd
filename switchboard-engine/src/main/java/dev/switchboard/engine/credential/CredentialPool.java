package dev.switchboard.engine.credential;

import dev.switchboard.engine.config.CredentialConfig;
import dev.switchboard.engine.config.ProviderConfig;
import dev.switchboard.engine.route.Target;
import dev.switchboard.engine.route.TargetGroup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The usable credentials of every provider, and the choice of the next (target, credential) pair
 * for an attempt: the highest priority tier that still has a candidate not yet tried by this
 * request, then the strategy among that tier. Disabled credentials, and providers whose upstream
 * {@code rpm} or {@code rpd} is 0, are never offered. Mock providers have one implicit credential.
 */
public final class CredentialPool {

  private final Map<String, List<Credential>> byProvider = new HashMap<>();
  private final SelectionStrategy strategy;

  public CredentialPool(List<ProviderConfig> providers, SelectionStrategy strategy) {
    this.strategy = strategy;
    for (ProviderConfig p : providers) {
      List<Credential> creds = new ArrayList<>();
      if (p.rpm() != 0 && p.rpd() != 0) {
        List<CredentialConfig> cc = p.credentials();
        for (int i = 0; i < cc.size(); i++) {
          if (!cc.get(i).disabled()) {
            creds.add(new Credential(p.id(), i, cc.get(i).key(), cc.get(i).weight()));
          }
        }
        if (cc.isEmpty()) {
          creds.add(new Credential(p.id(), 0, null, 1));
        }
      }
      byProvider.put(p.id(), List.copyOf(creds));
    }
  }

  public List<Credential> credentials(String providerId) {
    return byProvider.getOrDefault(providerId, List.of());
  }

  /**
   * The next candidate for {@code group}, skipping pairs whose {@link Candidate#key()} is in
   * {@code tried}; null when none is left.
   */
  public Candidate next(TargetGroup group, Set<String> tried) {
    List<Candidate> tier = new ArrayList<>();
    Integer tierPriority = null;
    for (Target t : group.targets()) {
      if (tierPriority != null && t.priority() != tierPriority) {
        if (!tier.isEmpty()) {
          break;
        }
      }
      tierPriority = t.priority();
      for (Credential c : credentials(t.providerId())) {
        Candidate cand = new Candidate(t, c);
        if (!tried.contains(cand.key())) {
          tier.add(cand);
        }
      }
    }
    if (tier.isEmpty()) {
      return null;
    }
    return strategy.pick(tier, group.requestedModel() + "@" + tierPriority);
  }
}
