package dev.switchboard.engine.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.switchboard.engine.config.Strategy;
import dev.switchboard.engine.route.Target;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The distribution of each strategy over many picks. */
class SelectionStrategyTest {

  private static final Target T = new Target("p", "m", "m", 0);

  private static List<Candidate> candidates(int... weights) {
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < weights.length; i++) {
      out.add(new Candidate(T, new Credential("p", i, "s" + i, weights[i])));
    }
    return out;
  }

  private static Map<Integer, Integer> counts(SelectionStrategy s, List<Candidate> cands, int picks) {
    Map<Integer, Integer> counts = new HashMap<>();
    for (int i = 0; i < picks; i++) {
      counts.merge(s.pick(cands, "g").credential().index(), 1, Integer::sum);
    }
    return counts;
  }

  @Test
  void roundRobinTakesEachInTurnExactly() {
    SelectionStrategy s = SelectionStrategy.of(Strategy.ROUND_ROBIN);
    List<Candidate> c = candidates(1, 1, 1);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      order.add(s.pick(c, "g").credential().index());
    }
    assertThat(order).containsExactly(0, 1, 2, 0, 1, 2);
    assertThat(counts(s, c, 3000)).containsEntry(0, 1000).containsEntry(1, 1000).containsEntry(2, 1000);
  }

  @Test
  void roundRobinKeepsASeparateTurnPerGroup() {
    SelectionStrategy s = SelectionStrategy.of(Strategy.ROUND_ROBIN);
    List<Candidate> c = candidates(1, 1);
    assertThat(s.pick(c, "a").credential().index()).isEqualTo(0);
    assertThat(s.pick(c, "b").credential().index()).isEqualTo(0);
    assertThat(s.pick(c, "a").credential().index()).isEqualTo(1);
  }

  @Test
  void weightedGivesExactProportionsInterleaved() {
    SelectionStrategy s = SelectionStrategy.of(Strategy.WEIGHTED);
    List<Candidate> c = candidates(5, 1, 1);
    List<Integer> firstSeven = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      firstSeven.add(s.pick(c, "g").credential().index());
    }
    assertThat(firstSeven).containsExactly(0, 0, 1, 0, 2, 0, 0);
    assertThat(counts(s, c, 7000)).containsEntry(0, 5000).containsEntry(1, 1000).containsEntry(2, 1000);
  }

  @Test
  void fillFirstAlwaysTakesTheFirstAvailable() {
    SelectionStrategy s = SelectionStrategy.of(Strategy.FILL_FIRST);
    assertThat(counts(s, candidates(1, 3, 1), 1000)).containsExactly(Map.entry(0, 1000));
    assertThat(counts(s, candidates(1, 3, 1).subList(1, 3), 1000)).containsExactly(Map.entry(1, 1000));
  }

  @Test
  void randomIsRoughlyUniform() {
    SelectionStrategy s = SelectionStrategy.of(Strategy.RANDOM);
    Map<Integer, Integer> counts = counts(s, candidates(1, 1, 1, 1), 40_000);
    assertThat(counts).hasSize(4);
    counts.values().forEach(n -> assertThat(n / 40_000.0).isCloseTo(0.25, within(0.02)));
  }
}
