/**
 * The configuration: records mirroring {@code switchboard.yaml} (INTERFACE.md §2), and the loader
 * that reads, interpolates and validates the file with errors naming file, line and field.
 */
package dev.switchboard.engine.config;
