package dev.switchboard.engine.usage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes usage records off the request path and writes them in batches on its own thread: one
 * transaction per batch (records plus their rollup increments), every {@code maxDelay} or every
 * {@code batchSize} records. {@link #accept} never blocks; when the bounded queue is full the
 * record is dropped and counted. {@link #flush} and {@link #close} write everything accepted before
 * them (a barrier travels through the queue), so a SIGTERM loses nothing; a kill -9 loses at most
 * the records of the last {@code maxDelay}.
 *
 * <p>Handing in a record costs two atomic operations and wakes nobody: the writer thread sleeps
 * until its batch is due and is woken early only when a full batch is waiting or a barrier arrives.
 * (A blocking queue that signals the writer for every record cost a futex wake-up and a context
 * switch per request: about a sixth of the gateway's CPU at saturation, bench/README.md.)
 */
public final class UsageWriter implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(UsageWriter.class);
  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

  /** Records and barriers in arrival order; {@link #waiting} counts the records among them. */
  private final Queue<Object> queue = new ConcurrentLinkedQueue<>();
  private final AtomicInteger waiting = new AtomicInteger();
  private final WriterSettings settings;
  private final BatchLoop loop;
  private final Thread thread;
  private final AtomicLong dropped = new AtomicLong();
  private final AtomicBoolean closed = new AtomicBoolean();

  /** A point in the queue: completes once everything queued before it is written. */
  record Barrier(CompletableFuture<Void> done, boolean last) {}

  public UsageWriter(UsageSink sink, WriterSettings settings) {
    this.settings = settings;
    this.loop = new BatchLoop(queue, waiting, sink, settings);
    this.thread = new Thread(loop, "switchboard-usage-writer");
    thread.setDaemon(true);
    thread.start();
  }

  /** Hands a record to the writer without blocking; false when it was dropped (queue full or closed). */
  public boolean accept(UsageRecord record) {
    if (!closed.get()) {
      int n = waiting.incrementAndGet();
      if (n <= settings.capacity()) {
        queue.offer(record);
        if (n == settings.batchSize()) {
          LockSupport.unpark(thread);
        }
        return true;
      }
      waiting.decrementAndGet();
    }
    long n = dropped.incrementAndGet();
    if (n == 1 || n % 10_000 == 0) {
      LOG.warn("usage writer dropped {} record(s) so far: {}", n,
          closed.get() ? "it is closed" : "its queue is full (the store is too slow or down)");
    }
    return false;
  }

  /** Waits until every record accepted before this call is written; false on timeout. */
  public boolean flush(Duration timeout) {
    return barrier(false, timeout);
  }

  /** Records written so far. */
  public long written() {
    return loop.written();
  }

  /** Records dropped so far (queue full, or handed in after close). */
  public long dropped() {
    return dropped.get();
  }

  /** Writes everything accepted so far, then stops the writer thread. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    if (!barrier(true, CLOSE_TIMEOUT)) {
      LOG.warn("usage writer did not finish within {}; {} record(s) may be lost", CLOSE_TIMEOUT, waiting.get());
      loop.giveUp();
    }
    try {
      thread.join(CLOSE_TIMEOUT.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private boolean barrier(boolean last, Duration timeout) {
    Barrier b = new Barrier(new CompletableFuture<>(), last);
    queue.offer(b);
    LockSupport.unpark(thread);
    try {
      b.done().get(timeout.toNanos(), TimeUnit.NANOSECONDS);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (TimeoutException | ExecutionException e) {
      return false;
    }
  }

  /** Drains the queue into batches until it meets the last barrier. */
  private static final class BatchLoop implements Runnable {

    private final Queue<Object> queue;
    private final AtomicInteger waiting;
    private final UsageSink sink;
    private final WriterSettings settings;
    private final List<UsageRecord> batch;
    private final AtomicLong written = new AtomicLong();
    private volatile boolean givenUp;

    BatchLoop(Queue<Object> queue, AtomicInteger waiting, UsageSink sink, WriterSettings settings) {
      this.queue = queue;
      this.waiting = waiting;
      this.sink = sink;
      this.settings = settings;
      this.batch = new ArrayList<>(settings.batchSize());
    }

    long written() {
      return written.get();
    }

    void giveUp() {
      givenUp = true;
    }

    /**
     * Sleeps up to {@code maxDelay} (or until a full batch or a barrier is waiting), then drains
     * everything queued, writing a batch whenever it is full and the rest once the queue is empty.
     */
    @Override
    public void run() {
      long maxDelay = settings.maxDelay().toNanos();
      try {
        while (true) {
          Object next = queue.poll();
          if (next == null) {
            writeBatch();
            LockSupport.parkNanos(this, maxDelay);
            if (Thread.interrupted()) {
              throw new InterruptedException();
            }
          } else if (next instanceof Barrier b) {
            writeBatch();
            b.done().complete(null);
            if (b.last()) {
              return;
            }
          } else {
            waiting.decrementAndGet();
            batch.add((UsageRecord) next);
            if (batch.size() >= settings.batchSize()) {
              writeBatch();
            }
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    private void writeBatch() throws InterruptedException {
      if (batch.isEmpty()) {
        return;
      }
      long backoff = 250;
      while (true) {
        try {
          sink.write(batch, Rollups.of(batch));
          written.addAndGet(batch.size());
          batch.clear();
          return;
        } catch (RuntimeException e) {
          if (givenUp) {
            LOG.error("usage writer lost {} record(s): {}", batch.size(), e.toString());
            batch.clear();
            return;
          }
          LOG.warn("usage batch of {} record(s) not written, retrying in {} ms: {}", batch.size(), backoff,
              e.toString());
          Thread.sleep(backoff);
          backoff = Math.min(backoff * 2, 10_000);
        }
      }
    }
  }
}
