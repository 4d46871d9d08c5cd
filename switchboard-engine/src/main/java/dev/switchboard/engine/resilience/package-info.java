/**
 * What a failed attempt means and what to do next: failure kinds, backoff with full jitter, the
 * per-credential breakers (cooldowns with half-open probes), the quota board and its poller, and
 * the attempt loop that walks a route plan (next credential, next target, next fallback model)
 * until an attempt succeeds or the plan is exhausted. {@link dev.switchboard.engine.resilience.ResilienceState}
 * outlives gateway states so reloads keep cooldowns and counters; {@link dev.switchboard.engine.resilience.HealthGate}
 * serves the status snapshots.
 */
package dev.switchboard.engine.resilience;
