package dev.switchboard.cli;

import picocli.CommandLine.Option;

/** Where the admin commands find the gateway: its URL, the admin key, and whether to print raw JSON. */
final class AdminConnection {

  @Option(names = "--url", defaultValue = "${env:SWITCHBOARD_URL:-http://127.0.0.1:8317}",
      description = "Gateway URL (default: SWITCHBOARD_URL or http://127.0.0.1:8317).")
  String url;

  @Option(names = "--admin-key", defaultValue = "${env:SWITCHBOARD_ADMIN_KEY}",
      description = "Admin key (default: SWITCHBOARD_ADMIN_KEY).")
  String adminKey;

  @Option(names = "--json", description = "Print the gateway's JSON answer instead of a table.")
  boolean json;

  AdminClient client() {
    if (adminKey == null || adminKey.isBlank()) {
      throw new UsageProblem("no admin key: pass --admin-key or set SWITCHBOARD_ADMIN_KEY");
    }
    return new AdminClient(url, adminKey);
  }
}
