package dev.switchboard.engine.credential;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Smooth weighted round-robin (the nginx algorithm): over any window of total-weight picks each
 * candidate is chosen exactly in proportion to its credential's weight, interleaved rather than
 * in bursts.
 */
public final class WeightedStrategy implements SelectionStrategy {

  private final ConcurrentHashMap<String, Map<String, Long>> states = new ConcurrentHashMap<>();

  @Override
  public Candidate pick(List<Candidate> available, String groupKey) {
    Map<String, Long> current = states.computeIfAbsent(groupKey, k -> new HashMap<>());
    synchronized (current) {
      Candidate best = null;
      long bestWeight = Long.MIN_VALUE;
      long total = 0;
      for (Candidate c : available) {
        int w = Math.max(1, c.credential().weight());
        total += w;
        long cw = current.merge(c.key(), (long) w, Long::sum);
        if (cw > bestWeight) {
          bestWeight = cw;
          best = c;
        }
      }
      current.put(best.key(), bestWeight - total);
      return best;
    }
  }
}
