package org.reformkit.benchmarks.jmh;

import org.reformkit.benchmarks.data.ProgrammeGenerator;
import org.reformkit.benchmarks.data.ProgrammeSize;
import org.reformkit.core.model.ProgressReport;

/** The report every benchmark of a size works on, made the same way by each. */
final class Sizes {
  private Sizes() {}

  static ProgressReport report(String size) {
    return ProgrammeGenerator.report(
        ProgrammeSize.ofParameter(size), ProgrammeGenerator.DEFAULT_SEED);
  }
}
