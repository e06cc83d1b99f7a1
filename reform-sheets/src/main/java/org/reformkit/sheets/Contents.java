package org.reformkit.sheets;

import java.util.Optional;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.ReformProgramme;

/**
 * What a workbook holds: a report (its paper, its statements and its programme), or a programme
 * alone. Internal.
 *
 * @param report the report, absent for a programme alone
 * @param programme the programme
 */
record Contents(Optional<ProgressReport> report, ReformProgramme programme) {
  static Contents of(ProgressReport report) {
    return new Contents(Optional.of(report), report.programme());
  }

  static Contents of(ReformProgramme programme) {
    return new Contents(Optional.empty(), programme);
  }
}
