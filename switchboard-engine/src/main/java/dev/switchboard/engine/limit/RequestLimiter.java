package dev.switchboard.engine.limit;

import dev.switchboard.engine.access.Caller;
import dev.switchboard.engine.config.LimitsConfig;
import dev.switchboard.engine.store.CounterBucket;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;

/**
 * Admits client requests against the gateway-wide RPM ({@code limits.global-rpm}) and the key's
 * RPM, RPD and TPM ({@link Caller} values, else {@code limits.per-key-*}; 0 is unlimited). All
 * windows a request touches are checked and counted as one atomic step, so a rejected request
 * counts nowhere and 200 concurrent requests against RPM 50 admit exactly 50. TPM reserves the
 * request's estimated tokens; the returned {@link TokenReservation} is settled with the real usage.
 * Counter names: {@code global:rpm}, {@code key:<id>:rpm|rpd|tpm}.
 */
public final class RequestLimiter implements CounterSource {

  private final WindowSet windows;

  public RequestLimiter(InstantSource clock) {
    this.windows = new WindowSet(clock);
  }

  /**
   * Checks and counts one request. {@code caller} may be null (no client keys: only the global
   * limit applies); {@code estimatedTokens} is the TPM reservation (input estimate plus expected
   * output). Never blocks on I/O; safe on an event loop.
   */
  public Admission admit(Caller caller, LimitsConfig limits, long estimatedTokens) {
    List<WindowCheck> checks = checks(caller, limits, Math.max(0, estimatedTokens));
    if (checks.isEmpty()) {
      return new Admission.Admitted(LimitStatus.NONE, TokenReservation.NONE);
    }
    List<String> names = checks.stream().map(WindowCheck::counter).toList();
    return windows.locked(names, ws -> decide(checks, ws, windows.now()));
  }

  /** Requests (or tokens) counted now in a window, e.g. {@code key:abc:rpm}; 0 if never used. */
  public long used(String counter) {
    return windows.used(counter);
  }

  @Override
  public List<CounterBucket> drainChanges() {
    return windows.drainChanges();
  }

  @Override
  public void restore(List<CounterBucket> buckets) {
    windows.restore(buckets.stream().filter(b -> owns(b.counter())).toList());
  }

  /** Every non-empty bucket (for tests and diagnostics; checkpoints use {@link #drainChanges}). */
  public List<CounterBucket> snapshot() {
    return windows.snapshot();
  }

  private static boolean owns(String counter) {
    return counter.startsWith("global:") || counter.startsWith("key:");
  }

  private Admission decide(List<WindowCheck> checks, List<SlidingWindow> ws, long now) {
    WindowCheck worst = null;
    long wait = 0;
    for (int i = 0; i < checks.size(); i++) {
      WindowCheck c = checks.get(i);
      if (!c.fits(ws.get(i).used(now))) {
        long w = c.secondsUntilFits(ws.get(i), now);
        if (worst == null || w > wait) {
          worst = c;
          wait = w;
        }
      }
    }
    if (worst != null) {
      return new Admission.Rejected(worst.kind(), wait, status(checks, ws, now), message(worst, wait));
    }
    TokenReservation reservation = TokenReservation.NONE;
    for (int i = 0; i < checks.size(); i++) {
      WindowCheck c = checks.get(i);
      long bucket = ws.get(i).add(now, c.need());
      if (c.kind() == LimitKind.KEY_TPM) {
        reservation = new TokenReservation(windows, c.counter(), bucket, c.need());
      }
    }
    return new Admission.Admitted(status(checks, ws, now), reservation);
  }

  private static LimitStatus status(List<WindowCheck> checks, List<SlidingWindow> ws, long now) {
    WindowStatus requests = null;
    WindowStatus tokens = null;
    for (int i = 0; i < checks.size(); i++) {
      WindowStatus s = checks.get(i).status(ws.get(i), now);
      if (checks.get(i).kind() == LimitKind.KEY_TPM) {
        tokens = s;
      } else if (requests == null || s.remaining() < requests.remaining()) {
        requests = s;
      }
    }
    return new LimitStatus(requests, tokens);
  }

  private static String message(WindowCheck c, long wait) {
    return "Rate limit reached: " + c.kind().description() + " is " + c.limit()
        + ". Try again in " + Math.max(1, wait) + " s.";
  }

  private static List<WindowCheck> checks(Caller caller, LimitsConfig limits, long tokens) {
    List<WindowCheck> all = new ArrayList<>(4);
    all.add(new WindowCheck("global:rpm", limits.globalRpm(), 1, LimitKind.GLOBAL_RPM));
    if (caller != null) {
      String prefix = "key:" + caller.keyId() + ":";
      all.add(new WindowCheck(prefix + "rpm", effective(caller.rpm(), limits.perKeyRpm()), 1, LimitKind.KEY_RPM));
      all.add(new WindowCheck(prefix + "rpd", effective(caller.rpd(), limits.perKeyRpd()), 1, LimitKind.KEY_RPD));
      all.add(new WindowCheck(prefix + "tpm", effective(caller.tpm(), limits.perKeyTpm()), tokens, LimitKind.KEY_TPM));
    }
    return all.stream().filter(c -> c.limit() > 0).toList();
  }

  private static long effective(Integer own, int fallback) {
    return own != null ? own : fallback;
  }
}
