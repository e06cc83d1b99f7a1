package org.reformkit.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.examples.SeedReport;

/** A report to work on: a file, or the built-in seed report. */
final class ReportSource {
  private final String name;
  private final Optional<Path> file;

  private ReportSource(String name, Optional<Path> file) {
    this.name = name;
    this.file = file;
  }

  static List<ReportSource> of(List<Path> files, boolean seed) {
    List<ReportSource> sources = new ArrayList<>();
    if (seed) {
      sources.add(new ReportSource("seed " + SeedReport.SYMBOL, Optional.empty()));
    }
    for (Path file : files) {
      sources.add(new ReportSource(file.toString(), Optional.of(file)));
    }
    return sources;
  }

  String name() {
    return name;
  }

  ProgressReport read() throws UnreadableReportException {
    return file.isPresent() ? ReportFiles.read(file.get()) : SeedReport.november2015();
  }
}
