package dev.switchboard.engine.credential;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Takes the available candidates in turn, one counter per group. */
public final class RoundRobinStrategy implements SelectionStrategy {

  private final ConcurrentHashMap<String, AtomicLong> counters = new ConcurrentHashMap<>();

  @Override
  public Candidate pick(List<Candidate> available, String groupKey) {
    long n = counters.computeIfAbsent(groupKey, k -> new AtomicLong()).getAndIncrement();
    return available.get((int) Math.floorMod(n, (long) available.size()));
  }
}
