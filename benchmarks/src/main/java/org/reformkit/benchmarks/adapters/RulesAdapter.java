package org.reformkit.benchmarks.adapters;

import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.ReformProgramme;

/**
 * The benchmarks' one door to the rule engine ({@code org.reformkit.core.rules}, issue 3).
 *
 * <p>TODO(issue 3, after the rules branch is merged): call the engine in {@link
 * #validateStandard} and {@link #validateShared}, return the number of findings, and make {@link
 * #wired()} return {@code true}. Until then both run {@link StandInChecks}, a hand-written walk,
 * and RESULTS.md marks their figures as a stand-in.
 */
public final class RulesAdapter {
  private RulesAdapter() {}

  /**
   * Whether the methods call the real engine rather than the stand-in.
   *
   * @return {@code false} until the engine is wired
   */
  public static boolean wired() {
    return false;
  }

  /**
   * Validates a report with the standard rule set as of its date, and counts the findings.
   *
   * <p>TODO(issue 3): {@code RuleSet.standard().validate(report, context as of
   * report.asOf())}.
   *
   * @param report the report
   * @return the number of findings
   */
  public static int validateStandard(ProgressReport report) {
    return StandInChecks.standard(report);
  }

  /**
   * Validates a programme with only the rules that {@code SharedChecks} lists (those Hibernate
   * Validator runs too), and counts the findings.
   *
   * <p>TODO(issue 3): the standard rule set restricted to the per-element codes for line count
   * positive, percentage range and phase date order.
   *
   * @param programme the programme
   * @return the number of findings
   */
  public static int validateShared(ReformProgramme programme) {
    return StandInChecks.shared(programme);
  }
}
