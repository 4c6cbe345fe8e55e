/**
 * Benchmarks P1–P5 of issue 9: what an Obra gate costs in time, memory and tokens. Run by
 * {@code benchmarks/run.sh}; see {@code docs/performance.md} for the method and the latest table.
 */
package io.obra.bench;
