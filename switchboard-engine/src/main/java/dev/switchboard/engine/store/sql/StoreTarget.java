package dev.switchboard.engine.store.sql;

import java.nio.file.Path;
import java.util.Properties;

/**
 * Where to connect, from {@code store.url}: the JDBC URL, the driver properties (credentials,
 * SQLite pragmas), and for {@code sqlite::memory:} the temporary file that stands in for it and is
 * deleted on close. {@code display} is the URL without its password, for messages.
 */
record StoreTarget(Vendor vendor, String jdbcUrl, Properties properties, Path tempFile, String display) {}
