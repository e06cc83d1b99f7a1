package org.reformkit.examples.cli;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.examples.dashboard.FindingRow;

/**
 * The rule checks as the examples use them: the one place where the rule engine ({@code
 * org.reformkit.core.rules}) is called and its findings become {@link FindingRow}s.
 *
 * <p>Until the rule engine is merged, the catalogue is empty and no report has findings.
 */
public final class ReportChecks {
  private ReportChecks() {}

  /**
   * Runs the standard rules on a report.
   *
   * @param report the report
   * @param asOf the date to check against instead of the report's own as-of date, if given
   * @param locale the language of the messages
   * @param codes the codes of the rules to run; all rules when empty
   * @return the findings, errors first
   */
  public static ImmutableList<FindingRow> check(
      ProgressReport report, Optional<PartialDate> asOf, Locale locale, Set<String> codes) {
    // TODO(lead, after the rules merge): run org.reformkit.core.rules' standard rule set on
    //   `report` (as of `asOf.orElse(report.asOf())`, restricted to `codes` when not empty, with
    //   messages in `locale`) and map each finding to
    //   new FindingRow(code, severity, path.toString(), message).
    return ImmutableList.of();
  }

  /**
   * Returns the rule catalogue.
   *
   * @param locale the language of the descriptions
   * @return one row per rule, in the catalogue's order
   */
  public static ImmutableList<RuleRow> catalogue(Locale locale) {
    // TODO(lead, after the rules merge): list the standard rules: code, severity, description.
    return ImmutableList.of();
  }

  /**
   * Returns the codes that name no rule of the catalogue; none while the catalogue is empty.
   *
   * @param codes the codes asked for
   * @return the unknown codes, in the order given
   */
  public static ImmutableSet<String> unknownCodes(Set<String> codes) {
    ImmutableList<RuleRow> rules = catalogue(Locale.ENGLISH);
    if (rules.isEmpty()) {
      return ImmutableSet.of();
    }
    ImmutableSet<String> known = rules.stream().map(RuleRow::code).collect(ImmutableSet.toImmutableSet());
    return codes.stream().filter(c -> !known.contains(c)).collect(ImmutableSet.toImmutableSet());
  }
}
