package dev.switchboard.engine.store.sql;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/**
 * The store contract on the local PostgreSQL (127.0.0.1:5432, database {@code test}): each test
 * gets a fresh schema, dropped afterwards. Skipped, with the reason shown, when the server is not
 * reachable.
 */
class SqlStorePostgresTest extends SqlStoreContract {

  private static String user;
  private String schema;

  @BeforeAll
  static void findServer() {
    for (String u : new String[] {"postgres", "root"}) {
      try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", u, "")) {
        user = u;
        return;
      } catch (SQLException e) {
        user = null;
      }
    }
    assumeTrue(false, "PostgreSQL at 127.0.0.1:5432/test is not reachable (users postgres, root): skipped");
  }

  @Override
  String freshUrl() throws SQLException {
    schema = "sb_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    execute("CREATE SCHEMA " + schema);
    return sameUrl();
  }

  @Override
  String sameUrl() {
    return "postgresql://" + user + "@127.0.0.1:5432/test?currentSchema=" + schema;
  }

  @AfterEach
  void dropSchema() throws SQLException {
    if (schema != null) {
      execute("DROP SCHEMA " + schema + " CASCADE");
    }
  }

  private static void execute(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", user, "");
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
