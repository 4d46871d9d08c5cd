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
 * for an attempt. Candidates the {@link CredentialGate} closes (cooling down, at their upstream
 * rpm/rpd) and those in {@code excluded} are never offered. Among the rest the pool prefers, in
 * order: candidates not yet tried by this request, candidates whose quota is not low
 * ({@link Admission#DEFERRED} last), then the highest priority; the strategy picks within that
 * best class. Disabled credentials, and providers whose {@code rpm} or {@code rpd} is 0, are
 * never offered. Mock providers have one implicit credential.
 */
public final class CredentialPool {

  private final Map<String, List<Credential>> byProvider = new HashMap<>();
  private final SelectionStrategy strategy;
  private final CredentialGate gate;

  public CredentialPool(List<ProviderConfig> providers, SelectionStrategy strategy) {
    this(providers, strategy, CredentialGate.OPEN);
  }

  public CredentialPool(List<ProviderConfig> providers, SelectionStrategy strategy, CredentialGate gate) {
    this.strategy = strategy;
    this.gate = gate;
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

  /** The next candidate for {@code group} among those not yet tried; null when none is left. */
  public Candidate next(TargetGroup group, Set<String> tried) {
    return next(group, tried, tried);
  }

  /**
   * The next candidate for {@code group}, never one whose {@link Candidate#key()} is in
   * {@code excluded}, preferring those not in {@code tried}; the gate is told of the choice. Null
   * when no candidate is admitted.
   */
  public Candidate next(TargetGroup group, Set<String> excluded, Set<String> tried) {
    List<Candidate> best = new ArrayList<>();
    int bestRank = Integer.MAX_VALUE;
    for (Target t : group.targets()) {
      for (Credential c : credentials(t.providerId())) {
        Candidate cand = new Candidate(t, c);
        if (excluded.contains(cand.key())) {
          continue;
        }
        Admission a = gate.admission(cand);
        if (a == Admission.CLOSED) {
          continue;
        }
        int rank = (tried.contains(cand.key()) ? 2 : 0) + (a == Admission.DEFERRED ? 1 : 0);
        if (rank < bestRank || rank == bestRank && t.priority() > best.get(0).target().priority()) {
          best.clear();
          bestRank = rank;
        }
        if (rank == bestRank && (best.isEmpty() || t.priority() == best.get(0).target().priority())) {
          best.add(cand);
        }
      }
    }
    if (best.isEmpty()) {
      return null;
    }
    Candidate chosen = strategy.pick(best, group.requestedModel() + "@" + best.get(0).target().priority());
    gate.acquire(chosen);
    return chosen;
  }
}
