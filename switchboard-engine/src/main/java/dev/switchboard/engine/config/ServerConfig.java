package dev.switchboard.engine.config;

/** {@code server:} where to listen, the largest accepted body, and optional TLS. */
public record ServerConfig(String host, int port, long maxBodyBytes, TlsConfig tls) {

  public static final ServerConfig DEFAULT = new ServerConfig("0.0.0.0", 8317, 32L * 1024 * 1024, null);
}
