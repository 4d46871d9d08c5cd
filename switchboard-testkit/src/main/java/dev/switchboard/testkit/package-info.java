/**
 * Test support: {@link dev.switchboard.testkit.FakeUpstream}, a scriptable provider on loopback that
 * speaks each provider's wire format and records what it was sent.
 */
package dev.switchboard.testkit;
