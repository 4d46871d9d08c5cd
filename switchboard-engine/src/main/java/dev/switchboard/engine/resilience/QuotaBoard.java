package dev.switchboard.engine.resilience;

import dev.switchboard.engine.credential.CredentialId;
import dev.switchboard.engine.upstream.RateLimitHeaders;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remaining quota per (provider, model) from two sources: the provider's polled {@code quota-url}
 * (per model, the best account) and the rate-limit headers of recent answers (per credential and
 * model, valid until their reset). A model's remaining fraction is the smaller of the two sources;
 * the header source speaks only when every credential of the provider has a live reading (the
 * best credential counts), so one busy key does not hide a fresh one. Thread-safe.
 */
public final class QuotaBoard {

  private final Map<String, Map<String, Reading>> polled = new ConcurrentHashMap<>();
  private final Map<HeaderKey, RateLimitHeaders.Remaining> headers = new ConcurrentHashMap<>();

  /** Replaces the polled fractions of {@code providerId}. */
  public void polled(String providerId, Map<String, Double> fractions, Instant at) {
    Map<String, Reading> m = new ConcurrentHashMap<>();
    fractions.forEach((model, f) -> m.put(model, new Reading(f, at)));
    polled.put(providerId, m);
  }

  /** Records what an answer's rate-limit headers said for this credential and model. */
  public void observed(CredentialId credential, String model, RateLimitHeaders.Remaining remaining) {
    headers.put(new HeaderKey(credential, model), remaining);
  }

  /** The remaining fraction of {@code model} at {@code providerId}, whose credentials are {@code credentials}. */
  public OptionalDouble remaining(String providerId, String model, List<CredentialId> credentials, Instant now) {
    Reading p = polled.getOrDefault(providerId, Map.of()).get(model);
    OptionalDouble h = fromHeaders(model, credentials, now);
    if (p == null) {
      return h;
    }
    return OptionalDouble.of(h.isPresent() ? Math.min(p.fraction(), h.getAsDouble()) : p.fraction());
  }

  private OptionalDouble fromHeaders(String model, List<CredentialId> credentials, Instant now) {
    double best = -1;
    for (CredentialId c : credentials) {
      RateLimitHeaders.Remaining r = headers.get(new HeaderKey(c, model));
      if (r == null || !now.isBefore(r.resetsAt())) {
        return OptionalDouble.empty();
      }
      best = Math.max(best, r.fraction());
    }
    return best < 0 ? OptionalDouble.empty() : OptionalDouble.of(best);
  }

  /** Every reading, for {@code GET /admin/fallback}; {@code threshold} marks the low ones. */
  public List<QuotaStatus> snapshot(double threshold, Instant now) {
    List<QuotaStatus> out = new ArrayList<>();
    polled.forEach((provider, models) -> models.forEach((model, r) ->
        out.add(new QuotaStatus(provider, model, r.fraction(), QuotaSource.POLL, r.at(), r.fraction() < threshold))));
    headers.forEach((k, r) -> {
      if (now.isBefore(r.resetsAt())) {
        out.add(new QuotaStatus(k.credential().providerId() + "#" + k.credential().index(), k.model(),
            r.fraction(), QuotaSource.HEADERS, r.resetsAt(), r.fraction() < threshold));
      }
    });
    out.sort(Comparator.comparing(QuotaStatus::providerId).thenComparing(QuotaStatus::model));
    return out;
  }

  private record Reading(double fraction, Instant at) {}

  private record HeaderKey(CredentialId credential, String model) {}
}
