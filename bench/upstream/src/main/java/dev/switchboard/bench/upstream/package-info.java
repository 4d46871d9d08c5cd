/**
 * A mock OpenAI Chat Completions upstream for the load harness ({@code bench/run.sh}): fixed
 * answers, streams paced per request, one verticle per core, so that it is never the bottleneck
 * of a measurement.
 */
package dev.switchboard.bench.upstream;
