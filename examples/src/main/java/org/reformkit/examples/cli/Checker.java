package org.reformkit.examples.cli;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.rules.ValidationResult;
import org.reformkit.examples.dashboard.FindingRow;

/** Runs rule checks on a report; {@link ReportChecks#validate} unless a test puts in another. */
@FunctionalInterface
interface Checker {
  /** The rule engine's findings, as {@code reform validate --format json} writes them. */
  ValidationResult validate(
      ProgressReport report, Optional<PartialDate> asOf, Locale locale, Set<String> codes);

  /** The findings as rows of the text output, tables and dashboard. */
  default List<FindingRow> check(
      ProgressReport report, Optional<PartialDate> asOf, Locale locale, Set<String> codes) {
    return FindingRow.of(validate(report, asOf, locale, codes), locale);
  }
}
