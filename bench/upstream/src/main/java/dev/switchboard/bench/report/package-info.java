/**
 * Turns the harness's raw figures ({@code figures.tsv}: scenario, target, repeat, metric, value)
 * into the markdown table {@code bench/run.sh} prints: the median of the repeats per target, the
 * ratio to nginx, the latency added over the direct target, and each budget of the issue, met or not.
 */
package dev.switchboard.bench.report;
