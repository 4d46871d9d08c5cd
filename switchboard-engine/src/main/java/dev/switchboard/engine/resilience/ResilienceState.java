package dev.switchboard.engine.resilience;

import dev.switchboard.engine.config.CooldownConfig;
import dev.switchboard.engine.credential.CredentialId;
import dev.switchboard.engine.credential.RequestWindow;
import dev.switchboard.engine.store.CounterBucket;
import io.vertx.core.Vertx;
import io.vertx.core.shareddata.LocalMap;
import io.vertx.core.shareddata.Shareable;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The resilience state that outlives any one gateway state: per-credential breakers and request
 * windows (keyed by {@link CredentialId}, so a reload that keeps a credential keeps its cooldown
 * and counts), the quota board and its poller. One per Vert.x instance ({@link #of}); tests build
 * their own with a controlled clock. Breakers are created with the cooldown policy in force when
 * the credential is first seen and keep it; a reload applies new durations to later cooldowns.
 */
public final class ResilienceState implements Shareable {

  private static final String SHARED_KEY = "dev.switchboard.resilience";

  private final InstantSource clock;
  private final Map<CredentialId, Circuit> circuits = new ConcurrentHashMap<>();
  private final Map<CredentialId, RequestWindow> windows = new ConcurrentHashMap<>();
  private final List<CounterBucket> restored = new ArrayList<>();
  private final QuotaBoard quota = new QuotaBoard();
  private final QuotaPoller poller;
  private volatile CooldownPolicy policy = new CooldownPolicy(CooldownConfig.DEFAULT);

  public ResilienceState(Vertx vertx, InstantSource clock) {
    this.clock = clock;
    this.poller = vertx == null ? null : new QuotaPoller(vertx, quota, clock);
  }

  /** The state shared by every gateway state built on {@code vertx}, on the system clock. */
  public static ResilienceState of(Vertx vertx) {
    LocalMap<String, ResilienceState> map = vertx.sharedData().getLocalMap(SHARED_KEY);
    return map.computeIfAbsent(SHARED_KEY, k -> new ResilienceState(vertx, InstantSource.system()));
  }

  public InstantSource clock() {
    return clock;
  }

  /** The cooldown durations used for breakers created from now on and for new cooldowns. */
  public void policy(CooldownPolicy p) {
    this.policy = p;
  }

  CooldownPolicy policy() {
    return policy;
  }

  public Circuit circuit(CredentialId id) {
    return circuits.computeIfAbsent(id, k -> new Circuit(this::policy));
  }

  public RequestWindow window(CredentialId id) {
    return windows.computeIfAbsent(id, k -> {
      RequestWindow w = new RequestWindow(k);
      synchronized (restored) {
        w.restore(restored, clock.instant());
      }
      return w;
    });
  }

  public QuotaBoard quota() {
    return quota;
  }

  /** The quota poller, or null when this state has no Vert.x (unit tests). */
  public QuotaPoller poller() {
    return poller;
  }

  /** Every credential's upstream request counters, to persist (e.g. periodically and at shutdown). */
  public List<CounterBucket> exportCounters() {
    List<CounterBucket> out = new ArrayList<>();
    windows.values().forEach(w -> out.addAll(w.export(clock.instant())));
    return out;
  }

  /** Restores persisted counters (at start); credentials seen later pick theirs up when first used. */
  public void restoreCounters(List<CounterBucket> buckets) {
    synchronized (restored) {
      restored.addAll(buckets);
      windows.values().forEach(w -> w.restore(buckets, clock.instant()));
    }
  }
}
