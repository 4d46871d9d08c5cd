package dev.switchboard.server.app;

import dev.switchboard.engine.limit.CounterSource;
import dev.switchboard.engine.resilience.ResilienceState;
import dev.switchboard.engine.store.CounterBucket;
import java.util.List;

/**
 * The upstream credentials' request counters (provider {@code rpm}/{@code rpd}) as a counter
 * source, so they are persisted with the client-key windows and survive a restart. The resilience
 * state exports all of its (few) buckets each time; upserting unchanged ones is harmless.
 */
final class ResilienceCounters implements CounterSource {

  /** The name prefix of credential counters ({@code cred:<provider>#<i>@<hash>:rpm|rpd}). */
  private static final String PREFIX = "cred:";

  private final ResilienceState state;

  ResilienceCounters(ResilienceState state) {
    this.state = state;
  }

  @Override
  public List<CounterBucket> drainChanges() {
    return state.exportCounters();
  }

  @Override
  public void restore(List<CounterBucket> buckets) {
    state.restoreCounters(buckets.stream().filter(b -> b.counter().startsWith(PREFIX)).toList());
  }
}
