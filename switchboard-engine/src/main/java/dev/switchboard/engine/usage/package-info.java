/**
 * Usage: one {@link dev.switchboard.engine.usage.UsageRecord} per client request, handed to the
 * {@link dev.switchboard.engine.usage.UsageWriter} off the request path and written in batches with
 * their hourly rollups; {@link dev.switchboard.engine.usage.UsageRetention} prunes what is older
 * than {@code usage.retention}. Money is stored as whole billionths of a dollar ({@link
 * dev.switchboard.engine.usage.NanoUsd}).
 */
package dev.switchboard.engine.usage;
