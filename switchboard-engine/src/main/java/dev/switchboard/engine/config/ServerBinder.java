package dev.switchboard.engine.config;

/**
 * Binds the sections about the gateway's own front door: {@code server} (with {@code tls}),
 * {@code admin}, {@code dashboard} and {@code metrics}. Omitted fields take the values of the
 * records' {@code DEFAULT} constants.
 */
final class ServerBinder {

  private ServerBinder() {}

  static ServerConfig server(YamlMapping m) {
    ServerConfig d = ServerConfig.DEFAULT;
    ServerConfig server = new ServerConfig(
        m.string("host", d.host()),
        m.integer("port", d.port(), 0, 65_535),
        m.size("max-body", d.maxBodyBytes()),
        tls(m.mapping("tls")));
    m.finish();
    return server;
  }

  static AdminConfig admin(YamlMapping m) {
    AdminConfig admin = new AdminConfig(m.string("key"));
    m.finish();
    return admin;
  }

  static DashboardConfig dashboard(YamlMapping m) {
    DashboardConfig d = DashboardConfig.DEFAULT;
    DashboardConfig dashboard = new DashboardConfig(
        m.bool("enabled", d.enabled()),
        m.string("username", d.username()),
        passwordHash(m.value("password-hash")),
        m.string("jwt-secret", d.jwtSecret()));
    m.finish();
    return dashboard;
  }

  static MetricsConfig metrics(YamlMapping m) {
    MetricsConfig metrics = new MetricsConfig(m.bool("auth", MetricsConfig.DEFAULT.auth()));
    m.finish();
    return metrics;
  }

  private static TlsConfig tls(YamlMapping m) {
    if (!m.present()) {
      m.finish();
      return null;
    }
    YamlValue cert = m.require("cert");
    YamlValue key = m.require("key");
    m.finish();
    if (cert == null || key == null) {
      return null;
    }
    BindContext context = m.context();
    return new TlsConfig(context.resolve(cert.text()), context.resolve(key.text()));
  }

  private static String passwordHash(YamlValue value) {
    if (value == null) {
      return DashboardConfig.DEFAULT.passwordHash();
    }
    String hash = value.text();
    if (!hash.matches("\\$2[aby]?\\$.*")) {
      value.report("is not a bcrypt hash (one starts with $2b$);"
          + " create one with 'switchboard hash-password'");
      return null;
    }
    return hash;
  }
}
