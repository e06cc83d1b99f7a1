package org.reformkit.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.examples.SeedReport;
import org.reformkit.json.ReadLimits;

/** A report to work on: a file, or the built-in seed report. */
final class ReportSource {
  private final String name;
  private final Optional<Path> file;
  private final ReadLimits limits;

  private ReportSource(String name, Optional<Path> file, ReadLimits limits) {
    this.name = name;
    this.file = file;
    this.limits = limits;
  }

  static List<ReportSource> of(List<Path> files, boolean seed, ReadLimits limits) {
    List<ReportSource> sources = new ArrayList<>();
    if (seed) {
      sources.add(new ReportSource("seed " + SeedReport.SYMBOL, Optional.empty(), limits));
    }
    for (Path file : files) {
      sources.add(new ReportSource(file.toString(), Optional.of(file), limits));
    }
    return sources;
  }

  String name() {
    return name;
  }

  ProgressReport read() throws UnreadableReportException {
    return file.isPresent() ? ReportFiles.read(file.get(), limits) : SeedReport.november2015();
  }
}
