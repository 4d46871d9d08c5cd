/**
 * The configuration: records mirroring {@code switchboard.yaml} (INTERFACE.md §2); the loader that
 * reads {@code .env}, interpolates {@code ${VAR}}, and binds and validates the YAML with errors
 * naming file, line and field ({@link dev.switchboard.engine.config.ConfigLoader}); and the
 * redacted effective-config view for {@code GET /admin/config}
 * ({@link dev.switchboard.engine.config.ConfigRedactor}).
 */
package dev.switchboard.engine.config;
