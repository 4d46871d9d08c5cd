/**
 * What a failed attempt means and what to do next: failure kinds, and the attempt loop that walks a
 * route plan (next credential, next target, next fallback model) until an attempt succeeds or the
 * plan is exhausted.
 */
package dev.switchboard.engine.resilience;
