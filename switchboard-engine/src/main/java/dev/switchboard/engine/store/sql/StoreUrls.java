package dev.switchboard.engine.store.sql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Turns {@code store.url} into a JDBC target. {@code sqlite:FILE} opens (and creates) a file in WAL
 * mode; {@code sqlite::memory:} uses a fresh temporary file instead of an in-memory database, so
 * every pooled connection and the writer thread see the same data without shared-cache locking;
 * {@code postgresql://user:pass@host:port/db?params} (or {@code postgres://}) connects to PostgreSQL.
 */
final class StoreUrls {

  private static final String SQLITE = "sqlite:";
  private static final String MEMORY = ":memory:";

  private StoreUrls() {}

  static StoreTarget parse(String url) {
    if (url.startsWith(SQLITE)) {
      return sqlite(url.substring(SQLITE.length()));
    }
    for (String scheme : new String[] {"postgresql://", "postgres://"}) {
      if (url.startsWith(scheme)) {
        return postgres(url.substring(scheme.length()));
      }
    }
    throw new IllegalArgumentException("store.url must start with sqlite: or postgresql:// (got '"
        + url.replaceAll("//[^@/]*@", "//***@") + "')");
  }

  private static StoreTarget sqlite(String rest) {
    Properties p = new Properties();
    p.setProperty("journal_mode", "WAL");
    p.setProperty("synchronous", "NORMAL");
    p.setProperty("busy_timeout", "15000");
    // Write transactions take the write lock at BEGIN; a deferred one upgrading from a read in WAL
    // mode fails with SQLITE_BUSY without waiting (sqlite.org/wal.html, "BUSY handling").
    p.setProperty("transaction_mode", "IMMEDIATE");
    if (rest.startsWith(MEMORY)) {
      Path file = tempFile();
      return new StoreTarget(Vendor.SQLITE, "jdbc:sqlite:" + file, p, file, "sqlite::memory: (" + file + ")");
    }
    if (!rest.startsWith("file:")) {
      createParent(rest);
    }
    return new StoreTarget(Vendor.SQLITE, "jdbc:sqlite:" + rest, p, null, "sqlite:" + rest);
  }

  private static StoreTarget postgres(String rest) {
    Properties p = new Properties();
    int at = rest.lastIndexOf('@');
    String hostPart = rest;
    if (at >= 0) {
      String userInfo = rest.substring(0, at);
      hostPart = rest.substring(at + 1);
      int colon = userInfo.indexOf(':');
      p.setProperty("user", decode(colon < 0 ? userInfo : userInfo.substring(0, colon)));
      if (colon >= 0) {
        p.setProperty("password", decode(userInfo.substring(colon + 1)));
      }
    }
    String user = p.getProperty("user");
    String display = "postgresql://" + (user == null ? "" : user + (p.containsKey("password") ? ":***@" : "@"))
        + hostPart;
    return new StoreTarget(Vendor.POSTGRESQL, "jdbc:postgresql://" + hostPart, p, null, display);
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  private static void createParent(String fileAndParams) {
    int q = fileAndParams.indexOf('?');
    Path parent = Path.of(q < 0 ? fileAndParams : fileAndParams.substring(0, q)).toAbsolutePath().getParent();
    try {
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the store's folder " + parent, e);
    }
  }

  private static Path tempFile() {
    try {
      return Files.createTempFile("switchboard-store-", ".db");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary file for sqlite::memory:", e);
    }
  }
}
