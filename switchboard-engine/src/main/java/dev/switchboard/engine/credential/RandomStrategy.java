package dev.switchboard.engine.credential;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** A uniformly random available candidate. */
public final class RandomStrategy implements SelectionStrategy {

  @Override
  public Candidate pick(List<Candidate> available, String groupKey) {
    return available.get(ThreadLocalRandom.current().nextInt(available.size()));
  }
}
