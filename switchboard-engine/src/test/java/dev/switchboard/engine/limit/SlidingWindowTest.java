package dev.switchboard.engine.limit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.engine.store.CounterBucket;
import org.junit.jupiter.api.Test;

class SlidingWindowTest {

  private static final long T0 = 1_800_000_000L; // a whole minute: 1800000000 = 30000000 × 60

  @Test
  void aMinuteWindowForgetsACountSixtySecondsAfterItsBucketStarted() {
    SlidingWindow w = new SlidingWindow(WindowKind.RPM, T0);
    w.add(T0, 3);
    w.add(T0 + 30, 2);

    assertThat(w.used(T0 + 59)).isEqualTo(5);
    assertThat(w.used(T0 + 60)).isEqualTo(2);
    assertThat(w.used(T0 + 89)).isEqualTo(2);
    assertThat(w.used(T0 + 90)).isZero();
  }

  @Test
  void aDayWindowSlidesByTheMinute() {
    SlidingWindow w = new SlidingWindow(WindowKind.RPD, T0);
    w.add(T0 + 10, 1);
    w.add(T0 + 3_600, 1);

    assertThat(w.used(T0 + 86_399)).isEqualTo(2);
    assertThat(w.used(T0 + 86_400)).isEqualTo(1);
    assertThat(w.used(T0 + 86_400 + 3_600)).isZero();
  }

  @Test
  void aLongPauseClearsTheWholeRing() {
    SlidingWindow w = new SlidingWindow(WindowKind.RPM, T0);
    w.add(T0, 7);
    assertThat(w.used(T0 + 10_000)).isZero();
    w.add(T0 + 10_000, 1);
    assertThat(w.used(T0 + 10_001)).isEqualTo(1);
  }

  @Test
  void secondsUntilFitsWaitsForTheOldestBucketsToLeave() {
    SlidingWindow w = new SlidingWindow(WindowKind.RPM, T0);
    w.add(T0, 2);
    w.add(T0 + 20, 3);

    assertThat(w.secondsUntilFits(10, 1, T0 + 25)).isZero();
    assertThat(w.secondsUntilFits(5, 1, T0 + 25)).isEqualTo(35);
    assertThat(w.secondsUntilFits(5, 3, T0 + 25)).isEqualTo(55);
    assertThat(w.secondsUntilFits(5, 6, T0 + 25)).isEqualTo(60);
    assertThat(w.secondsUntilOldestLeaves(T0 + 25)).isEqualTo(35);
  }

  @Test
  void subtractTakesBackOnlyWhatTheBucketStillHolds() {
    SlidingWindow w = new SlidingWindow(WindowKind.TPM, T0);
    long bucket = w.add(T0 + 5, 100);
    w.subtract(bucket, 40, T0 + 6);
    assertThat(w.used(T0 + 6)).isEqualTo(60);
    w.subtract(bucket, 500, T0 + 7);
    assertThat(w.used(T0 + 7)).isZero();
    w.add(T0 + 8, 10);
    w.subtract(bucket, 5, T0 + 66);
    assertThat(w.used(T0 + 66)).isEqualTo(10);
  }

  @Test
  void drainChangesReturnsOnlyTouchedBucketsOnce() {
    SlidingWindow w = new SlidingWindow(WindowKind.RPM, T0);
    w.add(T0 + 1, 2);
    long third = w.add(T0 + 3, 1);

    assertThat(w.drainChanges("k:rpm", T0 + 3)).containsExactly(
        new CounterBucket("k:rpm", T0 + 1, 2), new CounterBucket("k:rpm", T0 + 3, 1));
    assertThat(w.drainChanges("k:rpm", T0 + 4)).isEmpty();
    w.add(T0 + 4, 1);
    w.subtract(third, 1, T0 + 4);
    assertThat(w.drainChanges("k:rpm", T0 + 4)).containsExactly(
        new CounterBucket("k:rpm", T0 + 3, 0), new CounterBucket("k:rpm", T0 + 4, 1));
  }

  @Test
  void changesThatLeftTheWindowAreNotPersisted() {
    SlidingWindow w = new SlidingWindow(WindowKind.RPM, T0);
    w.add(T0, 1);
    w.add(T0 + 30, 1);
    assertThat(w.drainChanges("k:rpm", T0 + 60)).containsExactly(new CounterBucket("k:rpm", T0 + 30, 1));
  }

  @Test
  void restoreKeepsBucketsInsideTheWindowOnly() {
    SlidingWindow w = new SlidingWindow(WindowKind.RPD, T0 + 100_000);
    w.restore(T0 + 100_000 - 90_000, 5, T0 + 100_000);
    w.restore(T0 + 100_000 - 3_600, 4, T0 + 100_000);
    w.restore(T0 + 100_000 - 3_599, 9, T0 + 100_000);

    assertThat(w.used(T0 + 100_000)).isEqualTo(9);
    assertThat(w.snapshot("k:rpd", T0 + 100_000)).hasSize(1);
  }

  @Test
  void anIdleWindowRetiresOnlyWhenNothingIsLeftToPersist() {
    SlidingWindow w = new SlidingWindow(WindowKind.RPM, T0);
    w.add(T0, 1);
    assertThat(w.retireIfIdle(T0 + 10)).isFalse();
    w.drainChanges("k:rpm", T0 + 10);
    assertThat(w.retireIfIdle(T0 + 10)).isFalse();
    assertThat(w.retireIfIdle(T0 + 60)).isTrue();
    assertThat(w.retired()).isTrue();

    SlidingWindow unsaved = new SlidingWindow(WindowKind.RPM, T0);
    long b = unsaved.add(T0, 1);
    unsaved.subtract(b, 1, T0);
    assertThat(unsaved.retireIfIdle(T0 + 1)).isFalse();
  }
}
