package dev.switchboard.server.app;

import dev.switchboard.engine.config.ConfigException;
import dev.switchboard.engine.config.ConfigLoader;
import dev.switchboard.engine.config.SwitchboardConfig;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-reads the config file and applies a valid new version atomically; an invalid one is logged
 * and the running config stays. Triggered by the file watcher (a content check every couple of
 * seconds, which also sees editors that replace the file and mounted config maps), SIGHUP and
 * {@code POST /admin/reload}. File reads and parsing run on a worker thread. Settings bound at
 * start (listen address, TLS, store, Redis) are reported as needing a restart.
 */
public final class ConfigReloader {

  private static final Logger LOG = LoggerFactory.getLogger(ConfigReloader.class);

  private final SwitchboardServer server;
  private final Path file;
  private final ConfigLoader loader;
  private String appliedDigest;
  private long watchTimer = -1;

  public ConfigReloader(SwitchboardServer server, Path file, ConfigLoader loader) {
    this.server = server;
    this.file = file;
    this.loader = loader;
    this.appliedDigest = digestOrNull(file);
  }

  /** The outcome of one reload: applied, unchanged, or rejected with the loader's message. */
  public record Result(Status status, String message) {

    /** What happened. */
    public enum Status {
      APPLIED,
      UNCHANGED,
      REJECTED
    }
  }

  /** Checks the file every {@code interval} and reloads when its content changed. */
  public void watch(Duration interval) {
    Vertx vertx = server.vertx();
    watchTimer = vertx.setPeriodic(interval.toMillis(), id -> vertx.<String>executeBlocking(() -> digestOrNull(file), false)
        .onSuccess(d -> {
          if (d != null && !d.equals(appliedDigest)) {
            reload();
          }
        }));
  }

  public void stopWatching() {
    if (watchTimer >= 0) {
      server.vertx().cancelTimer(watchTimer);
    }
  }

  /** Reloads now, whatever the file's state; never fails the future. */
  public Future<Result> reload() {
    return server.vertx().executeBlocking(this::reloadBlocking, false)
        .otherwise(err -> new Result(Result.Status.REJECTED, String.valueOf(err.getMessage())));
  }

  private synchronized Result reloadBlocking() {
    String digest = digestOrNull(file);
    SwitchboardConfig next;
    try {
      next = loader.load(file);
    } catch (ConfigException e) {
      appliedDigest = digest;
      LOG.error("config reload rejected, the running config stays:\n{}", e.getMessage());
      return new Result(Result.Status.REJECTED, e.getMessage());
    }
    SwitchboardConfig current = server.state().config();
    appliedDigest = digest;
    if (next.equals(current)) {
      return new Result(Result.Status.UNCHANGED, "the config is unchanged");
    }
    warnAboutRestartOnlySettings(current, next);
    server.apply(next);
    LOG.info("config reloaded from {}: {} providers", file, next.providers().size());
    return new Result(Result.Status.APPLIED, "reloaded " + file);
  }

  private static void warnAboutRestartOnlySettings(SwitchboardConfig current, SwitchboardConfig next) {
    if (!Objects.equals(current.server(), next.server())) {
      LOG.warn("server settings (host, port, max-body, tls) changed: they take effect after a restart");
    }
    if (!Objects.equals(current.store(), next.store()) || !Objects.equals(current.redis(), next.redis())) {
      LOG.warn("store or redis settings changed: they take effect after a restart");
    }
  }

  private static String digestOrNull(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (IOException | NoSuchAlgorithmException e) {
      return null;
    }
  }
}
