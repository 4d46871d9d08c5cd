package dev.switchboard.engine.limit;

import dev.switchboard.engine.store.CounterBucket;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps each upstream credential under its provider's {@code rpm}/{@code rpd} (INTERFACE.md §2:
 * -1 or any negative is unlimited, 0 disables the credential). Both windows are checked and
 * counted as one atomic step, so a refused call counts nowhere. Counter names are
 * {@code cred:<counterName>:rpm|rpd}, where the caller picks {@code counterName} (e.g.
 * {@code openai#0}).
 */
public final class CredentialLimiter implements CounterSource {

  private final WindowSet windows;

  public CredentialLimiter(InstantSource clock) {
    this.windows = new WindowSet(clock);
  }

  /** Counts one upstream call if the credential is under both limits; false when it is not. */
  public boolean tryAcquire(String counterName, int rpm, int rpd) {
    if (rpm == 0 || rpd == 0) {
      return false;
    }
    List<WindowCheck> checks = checks(counterName, rpm, rpd);
    if (checks.isEmpty()) {
      return true;
    }
    long now = windows.now();
    return windows.locked(names(checks), ws -> {
      for (int i = 0; i < checks.size(); i++) {
        if (!checks.get(i).fits(ws.get(i).used(now))) {
          return false;
        }
      }
      ws.forEach(w -> w.add(now, 1));
      return true;
    });
  }

  /**
   * Seconds until the credential may be used again: 0 when it may now, {@code Long.MAX_VALUE} when
   * it is disabled ({@code rpm} or {@code rpd} is 0). Use it as a cooldown after a refusal.
   */
  public long secondsUntilAvailable(String counterName, int rpm, int rpd) {
    if (rpm == 0 || rpd == 0) {
      return Long.MAX_VALUE;
    }
    List<WindowCheck> checks = checks(counterName, rpm, rpd);
    long now = windows.now();
    return windows.locked(names(checks), ws -> {
      long wait = 0;
      for (int i = 0; i < checks.size(); i++) {
        wait = Math.max(wait, checks.get(i).secondsUntilFits(ws.get(i), now));
      }
      return wait;
    });
  }

  /** Calls counted now in a credential window, e.g. {@code cred:openai#0:rpm}. */
  public long used(String counter) {
    return windows.used(counter);
  }

  @Override
  public List<CounterBucket> drainChanges() {
    return windows.drainChanges();
  }

  @Override
  public void restore(List<CounterBucket> buckets) {
    windows.restore(buckets.stream().filter(b -> b.counter().startsWith("cred:")).toList());
  }

  private static List<String> names(List<WindowCheck> checks) {
    return checks.stream().map(WindowCheck::counter).toList();
  }

  private static List<WindowCheck> checks(String counterName, int rpm, int rpd) {
    List<WindowCheck> out = new ArrayList<>(2);
    if (rpm > 0) {
      out.add(new WindowCheck("cred:" + counterName + ":rpm", rpm, 1, LimitKind.KEY_RPM));
    }
    if (rpd > 0) {
      out.add(new WindowCheck("cred:" + counterName + ":rpd", rpd, 1, LimitKind.KEY_RPD));
    }
    return out;
  }
}
