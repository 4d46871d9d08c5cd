/** The pooled Vert.x HTTP client that sends attempts upstream, with connect and first-byte timeouts. */
package dev.switchboard.engine.upstream;
