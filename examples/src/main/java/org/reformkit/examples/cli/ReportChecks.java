package org.reformkit.examples.cli;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.rules.RuleSet;
import org.reformkit.core.rules.ValidationContext;
import org.reformkit.core.rules.ValidationResult;
import org.reformkit.examples.dashboard.FindingRow;

/**
 * The rule checks as the examples use them: the one place where the rule engine ({@code
 * org.reformkit.core.rules}) is called and its findings become {@link FindingRow}s.
 */
public final class ReportChecks {
  private ReportChecks() {}

  /**
   * Runs the standard rules on a report.
   *
   * @param report the report
   * @param asOf the date to check against instead of the report's own as-of date, if given; the
   *     checks are made as of its last day, as for the report's own date
   * @param locale the language of the messages
   * @param codes the codes of the rules to run; all rules when empty
   * @return the findings, in the rule engine's order
   * @throws IllegalArgumentException if a code names no standard rule
   */
  public static ImmutableList<FindingRow> check(
      ProgressReport report, Optional<PartialDate> asOf, Locale locale, Set<String> codes) {
    return FindingRow.of(validate(report, asOf, locale, codes), locale);
  }

  /**
   * Runs the standard rules on a report and returns the rule engine's result.
   *
   * @param report the report
   * @param asOf the date to check against instead of the report's own as-of date, if given
   * @param locale the language of the messages
   * @param codes the codes of the rules to run; all rules when empty
   * @return the findings
   * @throws IllegalArgumentException if a code names no standard rule
   */
  public static ValidationResult validate(
      ProgressReport report, Optional<PartialDate> asOf, Locale locale, Set<String> codes) {
    RuleSet rules =
        codes.isEmpty()
            ? RuleSet.standard()
            : RuleSet.standard().only(codes.toArray(String[]::new));
    LocalDate date = asOf.orElse(report.asOf()).lastDay();
    return rules.validate(report, ValidationContext.of(date, locale));
  }

  /**
   * Returns the rule catalogue: the standard rules with their code, default severity and title. The
   * rule engine gives titles in English only.
   *
   * @param locale the language of the descriptions (titles are in English whatever the locale)
   * @return one row per rule, in the catalogue's order
   */
  public static ImmutableList<RuleRow> catalogue(Locale locale) {
    RuleSet standard = RuleSet.standard();
    return standard.rules().stream()
        .map(
            r ->
                new RuleRow(
                    r.code(),
                    FindingRow.Severity.valueOf(standard.severity(r.code()).name()),
                    r.title()))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the codes that name no rule of the standard catalogue.
   *
   * @param codes the codes asked for
   * @return the unknown codes, in the order given
   */
  public static ImmutableSet<String> unknownCodes(Set<String> codes) {
    ImmutableSet<String> known = RuleSet.standard().codes();
    return codes.stream().filter(c -> !known.contains(c)).collect(ImmutableSet.toImmutableSet());
  }
}
