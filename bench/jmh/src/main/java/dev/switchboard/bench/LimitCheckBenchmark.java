package dev.switchboard.bench;

import dev.switchboard.engine.access.Caller;
import dev.switchboard.engine.config.BudgetPeriod;
import dev.switchboard.engine.config.LimitsConfig;
import dev.switchboard.engine.limit.Admission;
import dev.switchboard.engine.limit.BudgetLedger;
import dev.switchboard.engine.limit.CredentialLimiter;
import dev.switchboard.engine.limit.RequestLimiter;
import dev.switchboard.engine.tokens.TokenEstimator;
import dev.switchboard.translate.canonical.ChatRequest;
import dev.switchboard.translate.format.Format;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The limit checks of one request, as {@code ExchangeAccounting.admit} and {@code settle} do them:
 * the global and per-key RPM, RPD and TPM windows checked and counted as one locked step, the TPM
 * reservation settled with the real usage afterwards, the tokenizer estimate that reservation
 * needs, a key's budget check, and one upstream credential's RPM/RPD acquisition. The limits are
 * high enough that every request is admitted (the common path), and the clock steps 300 µs per
 * read so the windows roll over as under steady traffic.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LimitCheckBenchmark {

  private static final long ESTIMATE = 2_000;
  private static final long ACTUAL = 1_400;

  private final LimitsConfig limits = new LimitsConfig(1_000_000_000, 0, 0, 0);
  private final Caller caller = new Caller("key_8f3a2c", "team", 1_000_000_000, 1_000_000_000,
      Integer.MAX_VALUE, List.of(), new BigDecimal("250.00"), BudgetPeriod.MONTH, null);
  private RequestLimiter requests;
  private BudgetLedger budgets;
  private CredentialLimiter credentials;
  private TokenEstimator tokens;
  private ChatRequest request;

  /** Builds the limiters and checks the common path really admits. */
  @Setup
  public void setup() {
    SteppingClock clock = new SteppingClock(300_000);
    requests = new RequestLimiter(clock);
    budgets = new BudgetLedger(clock);
    credentials = new CredentialLimiter(clock);
    tokens = TokenEstimator.shared();
    request = Fixtures.request(Format.OPENAI_CHAT);
    budgets.record(caller.keyId(), new BigDecimal("12.34"));
    if (!(admitAndSettle() instanceof Admission.Admitted) || budgetCheck().isPresent() || !credentialAcquire()
        || tokenEstimate() < 400) {
      throw new IllegalStateException("the limit checks do not take the admitted path");
    }
  }

  /** Global RPM plus key RPM, RPD and TPM: check and count, then settle the token reservation. */
  @Benchmark
  public Admission admitAndSettle() {
    Admission a = requests.admit(caller, limits, ESTIMATE);
    if (a instanceof Admission.Admitted admitted) {
      admitted.reservation().settle(ACTUAL);
    }
    return a;
  }

  /** The input-token estimate (tokenizer over the 2.3 KB conversation) a TPM reservation needs. */
  @Benchmark
  public long tokenEstimate() {
    return tokens.reservation(request);
  }

  @Benchmark
  public Optional<Admission.Rejected> budgetCheck() {
    return budgets.check(caller.keyId(), caller.budgetUsd(), caller.budgetPeriod());
  }

  /** One upstream credential's RPM and RPD windows (per attempt). */
  @Benchmark
  public boolean credentialAcquire() {
    return credentials.tryAcquire("openai#3", 1_000_000_000, 1_000_000_000);
  }
}
