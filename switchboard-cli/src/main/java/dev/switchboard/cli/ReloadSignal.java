package dev.switchboard.cli;

import dev.switchboard.server.app.ConfigReloader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/** SIGHUP reloads the config, as daemons conventionally do. */
final class ReloadSignal {

  private static final Logger LOG = LoggerFactory.getLogger(ReloadSignal.class);

  private ReloadSignal() {}

  static void install(ConfigReloader reloader) {
    try {
      Signal.handle(new Signal("HUP"), sig -> reloader.reload()
          .onSuccess(r -> LOG.info("SIGHUP: {}", r.message())));
    } catch (IllegalArgumentException e) {
      LOG.warn("SIGHUP is not available on this platform: reload with POST /admin/reload or by editing the file");
    }
  }
}
