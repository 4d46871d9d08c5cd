package dev.switchboard.engine.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class UsageWriterTest {

  private static final Instant T = Instant.parse("2026-03-10T10:00:00Z");

  /** Collects batches; optionally blocks or fails the first writes. */
  private static final class Sink implements UsageSink {
    final List<List<UsageRecord>> batches = Collections.synchronizedList(new ArrayList<>());
    final List<HourlyRollup> rollups = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger failuresLeft = new AtomicInteger();
    volatile CountDownLatch gate;

    @Override
    public void write(List<UsageRecord> records, List<HourlyRollup> r) {
      if (gate != null) {
        try {
          gate.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      if (failuresLeft.getAndDecrement() > 0) {
        throw new IllegalStateException("database down");
      }
      batches.add(List.copyOf(records));
      rollups.addAll(r);
    }

    int total() {
      synchronized (batches) {
        return batches.stream().mapToInt(List::size).sum();
      }
    }
  }

  private static UsageRecord rec(int i) {
    return Records.ok("r" + i, T.plusMillis(i), "key_a", "m", BigDecimal.ONE);
  }

  @Test
  void closeWritesEverythingHandedInJustBefore() {
    Sink sink = new Sink();
    UsageWriter w = new UsageWriter(sink, new WriterSettings(10_000, 500, Duration.ofSeconds(5)));
    for (int i = 0; i < 1234; i++) {
      assertThat(w.accept(rec(i))).isTrue();
    }
    w.close();

    assertThat(sink.total()).isEqualTo(1234);
    assertThat(w.written()).isEqualTo(1234);
    assertThat(sink.batches).allSatisfy(b -> assertThat(b.size()).isLessThanOrEqualTo(500));
    assertThat(w.accept(rec(9999))).as("closed").isFalse();
    assertThat(w.dropped()).isEqualTo(1);
  }

  @Test
  void aFullBatchIsWrittenWithoutWaitingForMaxDelay() {
    Sink sink = new Sink();
    try (UsageWriter w = new UsageWriter(sink, new WriterSettings(1_000, 50, Duration.ofSeconds(60)))) {
      for (int i = 0; i < 50; i++) {
        w.accept(rec(i));
      }
      await().atMost(Duration.ofSeconds(5)).until(() -> sink.total() == 50);
      assertThat(sink.batches).singleElement().satisfies(b -> assertThat(b).hasSize(50));
    }
  }

  @Test
  void manyThreadsHandingInAtOnceLoseNothing() throws Exception {
    Sink sink = new Sink();
    UsageWriter w = new UsageWriter(sink, new WriterSettings(100_000, 500, Duration.ofMillis(20)));
    Thread[] threads = new Thread[4];
    for (int t = 0; t < threads.length; t++) {
      int base = t * 10_000;
      threads[t] = new Thread(() -> {
        for (int i = 0; i < 10_000; i++) {
          w.accept(rec(base + i));
        }
      });
      threads[t].start();
    }
    for (Thread t : threads) {
      t.join();
    }
    w.close();
    assertThat(sink.total()).isEqualTo(40_000);
    assertThat(w.dropped()).isZero();
    assertThat(sink.batches).allSatisfy(b -> assertThat(b.size()).isLessThanOrEqualTo(500));
  }

  @Test
  void aBatchIsWrittenAfterMaxDelayWithoutAFlush() {
    Sink sink = new Sink();
    try (UsageWriter w = new UsageWriter(sink, new WriterSettings(100, 500, Duration.ofMillis(100)))) {
      w.accept(rec(1));
      w.accept(rec(2));
      await().atMost(Duration.ofSeconds(2)).until(() -> sink.total() == 2);
      assertThat(sink.batches).hasSize(1);
      assertThat(sink.rollups).singleElement().satisfies(r -> assertThat(r.requests()).isEqualTo(2));
    }
  }

  @Test
  void flushWaitsForEverythingAcceptedBefore() {
    Sink sink = new Sink();
    try (UsageWriter w = new UsageWriter(sink, new WriterSettings(1000, 500, Duration.ofSeconds(30)))) {
      for (int i = 0; i < 10; i++) {
        w.accept(rec(i));
      }
      assertThat(w.flush(Duration.ofSeconds(5))).isTrue();
      assertThat(sink.total()).isEqualTo(10);
    }
  }

  @Test
  void aFullQueueDropsAndCountsWithoutBlocking() throws Exception {
    Sink sink = new Sink();
    sink.gate = new CountDownLatch(1);
    UsageWriter w = new UsageWriter(sink, new WriterSettings(10, 1, Duration.ofMillis(10)));
    w.accept(rec(0));
    Thread.sleep(100); // the writer takes the first record and blocks in the sink
    int accepted = 0;
    for (int i = 1; i <= 50; i++) {
      accepted += w.accept(rec(i)) ? 1 : 0;
    }
    assertThat(accepted).isEqualTo(10);
    assertThat(w.dropped()).isEqualTo(40);
    sink.gate.countDown();
    w.close();
    assertThat(sink.total()).isEqualTo(11);
  }

  @Test
  void aFailedBatchIsRetriedNotLost() {
    Sink sink = new Sink();
    sink.failuresLeft.set(2);
    UsageWriter w = new UsageWriter(sink, new WriterSettings(100, 500, Duration.ofMillis(10)));
    w.accept(rec(1));
    w.close();
    assertThat(sink.total()).isEqualTo(1);
  }
}
