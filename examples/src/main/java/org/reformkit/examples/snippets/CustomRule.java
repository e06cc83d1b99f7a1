package org.reformkit.examples.snippets;

import com.google.common.collect.ImmutableList;
import org.reformkit.core.model.Commitment;
import org.reformkit.core.model.Counterpart;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.examples.SeedReport;
import org.reformkit.examples.dashboard.FindingRow;
import org.reformkit.examples.dashboard.FindingRow.Severity;

/**
 * Snippet: a rule of your own organisation. Here: "every commitment that affects staff has an
 * engagement with the staff union" (information, consultation or negotiation). On the seed report
 * it finds the human-resources commitment, for which the report records no such engagement.
 *
 * <pre>{@code
 * List<FindingRow> findings = CustomRule.staffUnionEngaged(SeedReport.november2015());
 * // [commitments[hr-mobility]: commitment affects staff but records no engagement with the staff union [ORG_STAFF_UNION]]
 * }</pre>
 */
public final class CustomRule {
  /** The rule's stable code. */
  public static final String CODE = "ORG_STAFF_UNION";

  private CustomRule() {}

  /**
   * Runs the rule on a report. When a commitment does not say whether it affects staff, the rule
   * takes it as not affecting staff and reports nothing.
   *
   * @param report the report
   * @return one warning per commitment that affects staff without a staff-union engagement
   */
  public static ImmutableList<FindingRow> staffUnionEngaged(ProgressReport report) {
    // TODO(lead, after the rules merge): write this as a rule of org.reformkit.core.rules (its
    //   Rule interface, code, severity, and what it does when a fact is absent) and show how to
    //   register it with the standard rule set, e.g. StandardRules.builder().add(rule).build().
    ReformProgramme programme = report.programme();
    ImmutableList.Builder<FindingRow> findings = ImmutableList.builder();
    for (Commitment commitment : programme.commitments()) {
      boolean engaged =
          programme.engagements().stream()
              .anyMatch(
                  e ->
                      e.counterpart() == Counterpart.STAFF_UNION
                          && e.commitment().map(commitment.id()::equals).orElse(false));
      if (commitment.affectsStaff() && !engaged) {
        findings.add(
            new FindingRow(
                CODE,
                Severity.WARNING,
                "commitments[" + commitment.id() + "]",
                "commitment affects staff but records no engagement with the staff union"));
      }
    }
    return findings.build();
  }

  /**
   * Runs the rule on the seed report and prints the findings.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    staffUnionEngaged(SeedReport.november2015()).forEach(System.out::println);
  }
}
