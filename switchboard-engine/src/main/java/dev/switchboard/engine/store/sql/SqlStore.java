package dev.switchboard.engine.store.sql;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.switchboard.engine.store.ClientKeyStore;
import dev.switchboard.engine.store.CounterStore;
import dev.switchboard.engine.store.StoreException;
import dev.switchboard.engine.store.UsageStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JDBC store: opens a HikariCP pool for {@code store.url} (SQLite by default, or PostgreSQL),
 * brings the schema up to date with Flyway (the same migrations, {@code db/migration/common}, on
 * both databases) and hands out the store ports. Close it last, after the usage writer.
 */
public final class SqlStore implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SqlStore.class);
  private static final String MIGRATIONS = "classpath:db/migration/common";

  private final HikariDataSource dataSource;
  private final StoreTarget target;
  private final SqlClientKeyStore keys;
  private final SqlUsageStore usage;
  private final SqlCounterStore counters;

  private SqlStore(HikariDataSource dataSource, StoreTarget target) {
    this.dataSource = dataSource;
    this.target = target;
    SqlRunner runner = new SqlRunner(dataSource);
    this.keys = new SqlClientKeyStore(runner);
    this.usage = new SqlUsageStore(runner);
    this.counters = new SqlCounterStore(runner);
  }

  /** Connects and migrates; throws {@link StoreException} naming the store when it cannot. */
  public static SqlStore open(String storeUrl) {
    StoreTarget target = StoreUrls.parse(storeUrl);
    HikariDataSource ds = null;
    try {
      ds = new HikariDataSource(pool(target));
      Flyway.configure().dataSource(ds).locations(MIGRATIONS).load().migrate();
      LOG.info("store ready: {}", target.display());
      return new SqlStore(ds, target);
    } catch (RuntimeException e) {
      if (ds != null) {
        ds.close();
      }
      deleteTemp(target);
      throw new StoreException("cannot open the store " + target.display() + ": " + rootMessage(e), e);
    }
  }

  public ClientKeyStore keys() {
    return keys;
  }

  public UsageStore usage() {
    return usage;
  }

  public CounterStore counters() {
    return counters;
  }

  /** What the store is, without secrets (for logs and status pages). */
  public String display() {
    return target.display();
  }

  @Override
  public void close() {
    dataSource.close();
    deleteTemp(target);
  }

  private static HikariConfig pool(StoreTarget target) {
    HikariConfig c = new HikariConfig();
    c.setPoolName("switchboard-store");
    c.setJdbcUrl(target.jdbcUrl());
    c.setDataSourceProperties(target.properties());
    c.setMaximumPoolSize(target.vendor() == Vendor.SQLITE ? 4 : 8);
    c.setMinimumIdle(1);
    c.setConnectionTimeout(10_000);
    c.setInitializationFailTimeout(1);
    return c;
  }

  private static void deleteTemp(StoreTarget target) {
    if (target.tempFile() == null) {
      return;
    }
    Path f = target.tempFile();
    for (String suffix : new String[] {"", "-wal", "-shm"}) {
      try {
        Files.deleteIfExists(Path.of(f + suffix));
      } catch (IOException e) {
        LOG.debug("could not delete {}{}: {}", f, suffix, e.toString());
      }
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.toString() : t.getMessage();
  }
}
