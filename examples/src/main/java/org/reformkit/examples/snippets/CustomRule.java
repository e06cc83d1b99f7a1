package org.reformkit.examples.snippets;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import org.reformkit.core.model.Commitment;
import org.reformkit.core.model.Counterpart;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.rules.Finding;
import org.reformkit.core.rules.MissingFacts;
import org.reformkit.core.rules.Rule;
import org.reformkit.core.rules.RuleSet;
import org.reformkit.core.rules.Severity;
import org.reformkit.core.rules.ValidationResult;
import org.reformkit.examples.SeedReport;

/**
 * Snippet: a rule of your own organisation, defined with {@code Rule.builder} and a lambda, and
 * added to the standard rules. Here: "every commitment that affects staff records an engagement
 * with the staff union" (information, consultation or negotiation, in any state). On the seed
 * report it finds the human-resources commitment, for which the report records no such engagement.
 *
 * <pre>{@code
 * RuleSet rules = RuleSet.standard().with(CustomRule.STAFF_UNION);
 * rules.validate(report, Locale.ENGLISH).findings("ORG_STAFF_UNION");
 * // [commitments[hr-mobility]: commitment affects staff but records no engagement with the staff union [ORG_STAFF_UNION]]
 * }</pre>
 */
public final class CustomRule {
  /** The rule's stable code. */
  public static final String CODE = "ORG_STAFF_UNION";

  /**
   * The rule. A commitment that does not affect staff is not checked; a commitment checked on its
   * own, without its programme, says nothing, since the engagements are the programme's.
   */
  public static final Rule<Commitment> STAFF_UNION =
      Rule.builder(CODE, Commitment.class)
          .severity(Severity.WARNING)
          .title("A commitment that affects staff records an engagement with the staff union")
          .description(
              "A commitment that affects staff must record an engagement with the staff union, in"
                  + " any state. Skipped for commitments that do not affect staff, and when the"
                  + " commitment is checked without its programme.")
          .whenFactsMissing(MissingFacts.SKIP_IF_ANY_MISSING)
          .check(
              (commitment, at) -> {
                if (!commitment.affectsStaff() || at.programme().isEmpty()) {
                  return;
                }
                boolean engaged =
                    at.programme().get().engagements().stream()
                        .anyMatch(
                            e ->
                                e.counterpart() == Counterpart.STAFF_UNION
                                    && e.commitment().map(commitment.id()::equals).orElse(false));
                if (!engaged) {
                  at.report(
                      "commitment affects staff but records no engagement with the staff union",
                      ImmutableMap.of("commitment", commitment.id()));
                }
              })
          .build();

  /** The standard rules and this one, which runs after them. */
  public static final RuleSet RULES = RuleSet.standard().with(STAFF_UNION);

  private CustomRule() {}

  /**
   * Runs the standard rules and this one on a report, as of its date.
   *
   * @param report the report
   * @return every finding, the standard rules' and this rule's
   */
  public static ValidationResult validate(ProgressReport report) {
    return RULES.validate(report, Locale.ENGLISH);
  }

  /**
   * Returns this rule's findings on a report.
   *
   * @param report the report
   * @return one warning per commitment that affects staff without a staff-union engagement
   */
  public static ImmutableList<Finding> staffUnionEngaged(ProgressReport report) {
    return validate(report).findings(CODE);
  }

  /**
   * Runs the rule on the seed report and prints its findings.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    staffUnionEngaged(SeedReport.november2015()).forEach(System.out::println);
  }
}
