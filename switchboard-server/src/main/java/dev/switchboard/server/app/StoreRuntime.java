package dev.switchboard.server.app;

import dev.switchboard.engine.access.ClientKeyDirectory;
import dev.switchboard.engine.access.KeyGenerator;
import dev.switchboard.engine.access.KeyRegistry;
import dev.switchboard.engine.config.SwitchboardConfig;
import dev.switchboard.engine.store.CounterStore;
import dev.switchboard.engine.store.UsageStore;
import dev.switchboard.engine.store.sql.SqlStore;
import dev.switchboard.engine.usage.UsageRetention;
import dev.switchboard.engine.usage.UsageWriter;
import dev.switchboard.engine.usage.WriterSettings;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything that lives on the store, wired once per process: the SQL store, the key registry over
 * the shared in-memory key directory, the usage writer, and the background jobs on one thread
 * (refresh the stored keys every {@value #KEY_REFRESH_SECONDS} s so other instances' changes are
 * seen; prune usage hourly). {@link #close} stops the jobs, flushes the writer, then closes the
 * store, so nothing accepted is lost on a graceful stop.
 */
public final class StoreRuntime implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(StoreRuntime.class);
  static final long KEY_REFRESH_SECONDS = 5;
  private static final long RETENTION_EVERY_MINUTES = 60;

  private final SqlStore store;
  private final KeyRegistry keys;
  private final UsageWriter writer;
  private final ScheduledExecutorService jobs;

  private StoreRuntime(SqlStore store, KeyRegistry keys, UsageWriter writer, ScheduledExecutorService jobs) {
    this.store = store;
    this.keys = keys;
    this.writer = writer;
    this.jobs = jobs;
  }

  /** Opens the store of {@code config}, loads the stored keys into {@code directory} and starts the jobs. */
  public static StoreRuntime open(SwitchboardConfig config, ClientKeyDirectory directory,
      Supplier<SwitchboardConfig> current) {
    SqlStore store = SqlStore.open(config.store().url());
    try {
      KeyRegistry keys = new KeyRegistry(store.keys(), directory, new KeyGenerator(new SecureRandom()),
          Clock.systemUTC());
      keys.refresh();
      UsageWriter writer = new UsageWriter(store.usage(), WriterSettings.DEFAULT);
      ScheduledExecutorService jobs = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "switchboard-store-jobs");
        t.setDaemon(true);
        return t;
      });
      UsageRetention retention = new UsageRetention(store.usage(), () -> current.get().usage().retention(),
          Clock.systemUTC());
      jobs.scheduleWithFixedDelay(() -> refresh(keys), KEY_REFRESH_SECONDS, KEY_REFRESH_SECONDS, TimeUnit.SECONDS);
      jobs.scheduleWithFixedDelay(retention, 1, RETENTION_EVERY_MINUTES, TimeUnit.MINUTES);
      return new StoreRuntime(store, keys, writer, jobs);
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  public KeyRegistry keys() {
    return keys;
  }

  public UsageStore usage() {
    return store.usage();
  }

  /** The request path hands its usage records here: {@code writer().accept(record)}, never blocking. */
  public UsageWriter writer() {
    return writer;
  }

  public CounterStore counters() {
    return store.counters();
  }

  @Override
  public void close() {
    jobs.shutdownNow();
    writer.close();
    store.close();
  }

  /** Writes everything accepted so far (tests and reload use it). */
  public boolean flush(Duration timeout) {
    return writer.flush(timeout);
  }

  private static void refresh(KeyRegistry keys) {
    try {
      keys.refresh();
    } catch (RuntimeException e) {
      LOG.warn("client keys not refreshed from the store (the last known keys stay in use): {}", e.toString());
    }
  }
}
