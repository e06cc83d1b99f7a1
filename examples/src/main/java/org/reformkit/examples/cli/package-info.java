/**
 * The {@code reform} command-line tool ({@link org.reformkit.examples.cli.ReformCli}) and the three
 * seams through which it reaches the library: {@link org.reformkit.examples.cli.ReportFiles} (JSON
 * reading), {@link org.reformkit.examples.cli.ReportChecks} (rule checks) and {@link
 * org.reformkit.examples.cli.ReportAnalyses} (summary and comparison).
 */
package org.reformkit.examples.cli;
