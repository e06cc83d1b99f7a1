/**
 * The JMH benchmarks, each at {@code seed}, {@code agency} and {@code system} size, with their
 * baselines in the same class so that one run measures both: {@link
 * org.reformkit.benchmarks.jmh.ValidationBenchmark}, {@link
 * org.reformkit.benchmarks.jmh.JsonReadBenchmark}, {@link
 * org.reformkit.benchmarks.jmh.JsonWriteBenchmark} and {@link
 * org.reformkit.benchmarks.jmh.AnalysisBenchmark}. Retained heap is measured outside JMH by {@link
 * org.reformkit.benchmarks.report.Footprint}.
 */
package org.reformkit.benchmarks.jmh;
