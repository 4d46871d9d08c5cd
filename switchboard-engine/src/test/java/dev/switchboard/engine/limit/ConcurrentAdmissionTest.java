package dev.switchboard.engine.limit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.engine.access.Caller;
import dev.switchboard.engine.config.LimitsConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Limits are exact under contention: every request is released at once by a start gate. */
class ConcurrentAdmissionTest {

  /** Several races per test: one lost update in any of them fails it. */
  private static final int ROUNDS = 5;

  private final TestClock clock = new TestClock("2026-03-02T10:00:00Z");

  @Test
  void twoHundredConcurrentRequestsAgainstRpm50AdmitExactly50() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      RequestLimiter limiter = new RequestLimiter(clock);
      Caller k = new Caller("k", "k", 50, null, null, List.of());

      long admitted = race(200, i -> limiter.admit(k, LimitsConfig.NONE, 0) instanceof Admission.Admitted);

      assertThat(admitted).as("round %d", round).isEqualTo(50);
      assertThat(limiter.used("key:k:rpm")).isEqualTo(50);
    }
  }

  @Test
  void theGlobalLimitIsExactAcrossKeysThatHitTheirOwnLimits() throws Exception {
    RequestLimiter limiter = new RequestLimiter(clock);
    LimitsConfig limits = new LimitsConfig(120, 50, 0, 0);
    List<Caller> keys = List.of(caller("a"), caller("b"), caller("c"));

    long admitted = race(300, i -> limiter.admit(keys.get(i % 3), limits, 0) instanceof Admission.Admitted);

    assertThat(admitted).isEqualTo(120);
    assertThat(limiter.used("global:rpm")).isEqualTo(120);
    assertThat(limiter.used("key:a:rpm") + limiter.used("key:b:rpm") + limiter.used("key:c:rpm")).isEqualTo(120);
  }

  @Test
  void tokenReservationsNeverOvershootTheTpm() throws Exception {
    RequestLimiter limiter = new RequestLimiter(clock);
    Caller k = new Caller("t", "t", null, null, 10_000, List.of());

    long admitted = race(200, i -> limiter.admit(k, LimitsConfig.NONE, 300) instanceof Admission.Admitted);

    assertThat(admitted).isEqualTo(33);
    assertThat(limiter.used("key:t:tpm")).isEqualTo(9_900);
  }

  @Test
  void aCredentialIsNeverUsedPastItsRpm() throws Exception {
    CredentialLimiter limiter = new CredentialLimiter(clock);

    long acquired = race(200, i -> limiter.tryAcquire("openai#0", 50, 1_000));

    assertThat(acquired).isEqualTo(50);
    assertThat(limiter.used("cred:openai#0:rpd")).isEqualTo(50);
  }

  private static Caller caller(String id) {
    return new Caller(id, id, null, null, null, List.of());
  }

  private interface Attempt {
    boolean run(int index);
  }

  private static ExecutorService pool;

  @BeforeAll
  static void startThreads() {
    pool = Executors.newFixedThreadPool(300);
  }

  @AfterAll
  static void stopThreads() {
    pool.shutdownNow();
  }

  private static long race(int threads, Attempt attempt) throws Exception {
    CountDownLatch ready = new CountDownLatch(threads);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Boolean>> results = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      int index = i;
      Callable<Boolean> task = () -> {
        ready.countDown();
        go.await();
        return attempt.run(index);
      };
      results.add(pool.submit(task));
    }
    assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
    go.countDown();
    long ok = 0;
    for (Future<Boolean> f : results) {
      ok += f.get(10, TimeUnit.SECONDS) ? 1 : 0;
    }
    return ok;
  }
}
