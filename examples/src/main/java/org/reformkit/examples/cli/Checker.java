package org.reformkit.examples.cli;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.examples.dashboard.FindingRow;

/** Runs rule checks on a report; {@link ReportChecks#check} unless a test puts in another. */
@FunctionalInterface
interface Checker {
  List<FindingRow> check(
      ProgressReport report, Optional<PartialDate> asOf, Locale locale, Set<String> codes);
}
