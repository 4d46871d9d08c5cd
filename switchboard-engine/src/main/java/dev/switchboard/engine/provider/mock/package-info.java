/**
 * The {@code mock} provider type: answers any model in process, through the canonical model, with
 * configurable latency, chunking, text and failure rate. For demos, load tests and fault drills.
 */
package dev.switchboard.engine.provider.mock;
