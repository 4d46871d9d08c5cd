package dev.switchboard.engine.store.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StoreUrlsTest {

  @Test
  void postgresUrlBecomesJdbcWithDecodedCredentialsAndARedactedDisplay() {
    StoreTarget t = StoreUrls.parse("postgresql://sb:p%40ss@db.local:5433/gw?sslmode=require");
    assertThat(t.vendor()).isEqualTo(Vendor.POSTGRESQL);
    assertThat(t.jdbcUrl()).isEqualTo("jdbc:postgresql://db.local:5433/gw?sslmode=require");
    assertThat(t.properties().getProperty("user")).isEqualTo("sb");
    assertThat(t.properties().getProperty("password")).isEqualTo("p@ss");
    assertThat(t.display()).isEqualTo("postgresql://sb:***@db.local:5433/gw?sslmode=require");
  }

  @Test
  void postgresSchemeAliasAndNoCredentials() {
    StoreTarget t = StoreUrls.parse("postgres://127.0.0.1/test");
    assertThat(t.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1/test");
    assertThat(t.properties().getProperty("user")).isNull();
  }

  @Test
  void sqliteFileUsesWalAndImmediateTransactions() {
    StoreTarget t = StoreUrls.parse("sqlite:target/urls-test/x.db");
    assertThat(t.jdbcUrl()).isEqualTo("jdbc:sqlite:target/urls-test/x.db");
    assertThat(t.properties().getProperty("journal_mode")).isEqualTo("WAL");
    assertThat(t.properties().getProperty("transaction_mode")).isEqualTo("IMMEDIATE");
    assertThat(t.tempFile()).isNull();
  }

  @Test
  void anUnknownSchemeIsRejectedWithoutShowingThePassword() {
    assertThatThrownBy(() -> StoreUrls.parse("mysql://u:secret@h/db"))
        .hasMessageContaining("sqlite: or postgresql://").hasMessageNotContaining("secret");
  }
}
