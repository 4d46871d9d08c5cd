/**
 * The pooled Vert.x HTTP client that sends attempts upstream, with connect and first-byte timeouts,
 * and the readers of upstream rate-limit headers (requested waits, remaining fractions).
 */
package dev.switchboard.engine.upstream;
