package dev.switchboard.engine.resilience;

import dev.switchboard.engine.config.ProviderConfig;
import dev.switchboard.engine.config.QuotaFallbackConfig;
import dev.switchboard.engine.credential.Admission;
import dev.switchboard.engine.credential.Candidate;
import dev.switchboard.engine.credential.Credential;
import dev.switchboard.engine.credential.CredentialGate;
import dev.switchboard.engine.credential.CredentialId;
import dev.switchboard.engine.credential.CredentialPool;
import dev.switchboard.engine.credential.RequestWindow;
import dev.switchboard.engine.provider.UpstreamFailure;
import dev.switchboard.engine.upstream.RateLimitHeaders;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@link CredentialGate} of one gateway state over the shared {@link ResilienceState}: a
 * candidate is closed while its credential's breaker is open (or its half-open probe is out) or its
 * provider's upstream {@code rpm}/{@code rpd} window is full, and deferred while its model's
 * remaining quota is under {@code routing.quota-fallback.threshold}. The attempt loop reports every
 * attempt's end here; answers' rate-limit headers feed the quota board. Also the source of the
 * status snapshots.
 */
public final class HealthGate implements CredentialGate {

  private final ResilienceState shared;
  private final Map<String, ProviderConfig> providers;
  private final QuotaFallbackConfig quota;
  private final Map<Credential, CredentialId> ids = new ConcurrentHashMap<>();
  private CredentialPool pool;

  public HealthGate(ResilienceState shared, List<ProviderConfig> providers, QuotaFallbackConfig quota) {
    this.shared = shared;
    this.providers = new ConcurrentHashMap<>();
    providers.forEach(p -> this.providers.put(p.id(), p));
    this.quota = quota;
  }

  /** The pool whose credentials the status snapshots list (set once the pool is built over this gate). */
  public void pool(CredentialPool p) {
    this.pool = p;
  }

  @Override
  public Admission admission(Candidate c) {
    Instant now = shared.clock().instant();
    CredentialId id = id(c.credential());
    ProviderConfig p = providers.get(c.credential().providerId());
    if (!shared.circuit(id).admits(now) || p != null && !shared.window(id).admits(p.rpm(), p.rpd(), now)) {
      return Admission.CLOSED;
    }
    return low(c) ? Admission.DEFERRED : Admission.OPEN;
  }

  @Override
  public void acquire(Candidate c) {
    Instant now = shared.clock().instant();
    CredentialId id = id(c.credential());
    shared.circuit(id).acquire(now);
    shared.window(id).add(now);
  }

  public void succeeded(Candidate c) {
    shared.circuit(id(c.credential())).succeeded();
  }

  public void failed(Candidate c, UpstreamFailure f) {
    shared.circuit(id(c.credential())).failed(f.kind(), f.retryAfter(), shared.clock().instant());
  }

  /** The attempt ended without a verdict on the credential (the client left). */
  public void released(Candidate c) {
    shared.circuit(id(c.credential())).released();
  }

  /** An answer's headers (lower-case names), for the remaining quota they show. */
  public void observe(Candidate c, Map<String, String> headers) {
    Instant now = shared.clock().instant();
    RateLimitHeaders.read(headers, now).ifPresent(r ->
        shared.quota().observed(id(c.credential()), c.target().upstreamModel(), r));
  }

  public InstantSource clock() {
    return shared.clock();
  }

  /** Per provider and credential: breaker state, failures and upstream request counts. */
  public List<ProviderStatus> providers() {
    Instant now = shared.clock().instant();
    List<ProviderStatus> out = new ArrayList<>();
    for (ProviderConfig p : providers.values()) {
      List<CredentialStatus> creds = new ArrayList<>();
      for (Credential c : pool == null ? List.<Credential>of() : pool.credentials(p.id())) {
        CredentialId id = id(c);
        Circuit.View v = shared.circuit(id).view(now);
        long[] counts = shared.window(id).counts(now);
        creds.add(new CredentialStatus(c.index(), c.label(), v.state(), v.openUntil(), v.lastFailure(),
            v.lastFailureAt(), v.consecutiveFailures(), v.successes(), v.failures(), counts[0], counts[1],
            p.rpm(), p.rpd()));
      }
      out.add(new ProviderStatus(p.id(), creds));
    }
    out.sort(java.util.Comparator.comparing(ProviderStatus::providerId));
    return out;
  }

  /** The quota readings and which are under the threshold, for {@code GET /admin/fallback}. */
  public List<QuotaStatus> quota() {
    return shared.quota().snapshot(quota.threshold(), shared.clock().instant());
  }

  private boolean low(Candidate c) {
    if (quota.threshold() <= 0) {
      return false;
    }
    List<CredentialId> creds = pool == null ? List.of(id(c.credential()))
        : pool.credentials(c.target().providerId()).stream().map(this::id).toList();
    OptionalDouble r = shared.quota().remaining(c.target().providerId(), c.target().upstreamModel(), creds,
        shared.clock().instant());
    return r.isPresent() && r.getAsDouble() < quota.threshold();
  }

  private CredentialId id(Credential c) {
    return ids.computeIfAbsent(c, CredentialId::of);
  }
}
