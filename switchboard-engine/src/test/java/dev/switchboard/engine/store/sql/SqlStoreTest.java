package dev.switchboard.engine.store.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.engine.store.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on SQLite files, plus what only SQLite has (the file, {@code :memory:}). */
class SqlStoreTest extends SqlStoreContract {

  @TempDir
  Path dir;

  @Override
  String freshUrl() {
    return sameUrl();
  }

  @Override
  String sameUrl() {
    return "sqlite:" + dir.resolve("nested/switchboard.db");
  }

  @Test
  void createsTheFileAndItsFolder() {
    assertThat(dir.resolve("nested/switchboard.db")).exists();
  }

  @Test
  void memoryUsesATemporaryFileSharedByAllConnectionsAndDeletedOnClose() throws Exception {
    try (SqlStore mem = SqlStore.open("sqlite::memory:")) {
      mem.keys().insert(key("key_m", "hm"));
      assertThat(mem.keys().find("key_m")).isPresent();
      assertThat(mem.display()).startsWith("sqlite::memory:");
      Path file = Path.of(mem.display().replaceAll(".*\\((.*)\\)", "$1"));
      assertThat(file).exists();
      mem.close();
      assertThat(Files.exists(file)).isFalse();
    }
  }

  @Test
  void anUnreachableDatabaseIsAClearErrorWithoutItsPassword() {
    assertThatThrownBy(() -> SqlStore.open("postgresql://nobody:secret@127.0.0.1:1/none"))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("cannot open the store postgresql://nobody:***@127.0.0.1:1/none")
        .hasMessageNotContaining("secret");
  }
}
