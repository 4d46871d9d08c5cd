package dev.switchboard.server.http.admin;

import io.vertx.core.Future;

/** Re-reads the config file for {@code POST /admin/reload}: applied, unchanged, or rejected with the reason. */
@FunctionalInterface
public interface ConfigReload {

  Future<Report> reload();

  /** What a reload did: {@code applied}, {@code unchanged} or {@code rejected}, and a sentence. */
  record Report(String status, String message) {}

  /** For a gateway started without a config file (the demo). */
  ConfigReload NONE = () -> Future.succeededFuture(
      new Report("rejected", "this gateway was started without a config file; there is nothing to reload"));
}
