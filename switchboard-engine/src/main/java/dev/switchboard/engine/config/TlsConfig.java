package dev.switchboard.engine.config;

import java.nio.file.Path;

/** {@code server.tls:} PEM certificate chain and private key; paths resolved against the config's folder. */
public record TlsConfig(Path cert, Path key) {}
