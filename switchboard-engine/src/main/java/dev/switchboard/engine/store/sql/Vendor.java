package dev.switchboard.engine.store.sql;

/** The databases the store runs on; the same migrations and SQL serve both. */
enum Vendor {
  SQLITE,
  POSTGRESQL
}
