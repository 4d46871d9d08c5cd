/**
 * The JDBC store behind the {@code store} ports: SQLite (default) or PostgreSQL through HikariCP,
 * one set of portable Flyway migrations ({@code db/migration/common}) and one SQL code path. Only
 * the app's wiring imports this package.
 */
package dev.switchboard.engine.store.sql;
