package dev.switchboard.engine.config;

/** {@code dashboard:} the web dashboard and its single login (bcrypt hash, JWT signing secret). */
public record DashboardConfig(boolean enabled, String username, String passwordHash, String jwtSecret) {

  public static final DashboardConfig DEFAULT = new DashboardConfig(true, "admin", null, null);
}
