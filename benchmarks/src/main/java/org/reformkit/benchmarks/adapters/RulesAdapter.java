package org.reformkit.benchmarks.adapters;

import java.time.LocalDate;
import java.util.Locale;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.rules.RuleSet;
import org.reformkit.core.rules.ValidationContext;

/**
 * The benchmarks' one door to the rule engine ({@code org.reformkit.core.rules}): the standard rule
 * set, and the same set restricted to the {@link #SHARED_CODES} that Hibernate Validator runs too.
 */
public final class RulesAdapter {
  /**
   * The codes of the standard rules whose checks the Bean Validation constraints of {@code
   * validation.Checked*} carry as well; see {@code validation.SharedChecks}.
   */
  private static final String[] SHARED_CODES = {
    "POST_LINE_COUNT_POSITIVE", "INDICATOR_PERCENTAGE_RANGE", "PHASE_END_BEFORE_START"
  };

  private static final RuleSet STANDARD = RuleSet.standard();
  private static final RuleSet SHARED = RuleSet.standard().only(SHARED_CODES);

  /** The context of the shared checks; none of them depends on the as-of date. */
  private static final ValidationContext SHARED_CONTEXT =
      ValidationContext.of(LocalDate.of(2015, 11, 30), Locale.ENGLISH);

  private RulesAdapter() {}

  /**
   * The codes of the rules that {@link #validateShared} runs.
   *
   * @return a new array of the codes
   */
  public static String[] sharedCodes() {
    return SHARED_CODES.clone();
  }

  /**
   * Validates a report with the standard rule set as of its date, and counts the findings.
   *
   * @param report the report
   * @return the number of findings
   */
  public static int validateStandard(ProgressReport report) {
    return STANDARD
        .validate(report, ValidationContext.forReport(report, Locale.ENGLISH))
        .findings()
        .size();
  }

  /**
   * Validates a programme with only the rules that Hibernate Validator runs too ({@link
   * #sharedCodes}), and counts the findings.
   *
   * @param programme the programme
   * @return the number of findings
   */
  public static int validateShared(ReformProgramme programme) {
    return SHARED.validate(programme, SHARED_CONTEXT).findings().size();
  }
}
