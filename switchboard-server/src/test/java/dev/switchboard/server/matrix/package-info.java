/**
 * The translation matrix: every inbound format (through its official Java SDK) against every
 * upstream kind (a {@link dev.switchboard.testkit.FakeUpstream} speaking that provider's wire
 * format), streamed and not, over shared scenarios.
 */
package dev.switchboard.server.matrix;
