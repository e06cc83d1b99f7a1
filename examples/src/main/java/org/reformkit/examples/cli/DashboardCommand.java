package org.reformkit.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.series.ReportSeries;
import org.reformkit.examples.dashboard.DashboardRenderer;
import org.reformkit.examples.dashboard.FindingRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code reform dashboard}: the HTML dashboard of one report. */
@Command(
    name = "dashboard",
    mixinStandardHelpOptions = true,
    versionProvider = ReformCli.Version.class,
    description = {
      "Writes the HTML dashboard of one report: one self-contained file with the timeline,"
          + " indicator bars, posts by location and origin, and the findings of the rule checks."
    })
final class DashboardCommand implements Callable<Integer> {
  @ParentCommand ReformCli parent;

  @Spec CommandSpec spec;

  @Mixin ReadLimitOptions readLimits = new ReadLimitOptions();

  @Parameters(
      paramLabel = "FILE",
      arity = "0..*",
      description =
          "A JSON reform document; several reports of one programme draw the last with the"
              + " history of them all.")
  List<Path> file = new ArrayList<>();

  @Option(names = "--seed", description = "Draw the built-in seed report (GB.325/INS/15/1).")
  boolean seed;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUT.html",
      required = true,
      description = "The HTML file to write.")
  Path output;

  @Mixin DetailOptions detail = new DetailOptions();

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      converter = Converters.PartialDateConverter.class,
      description = "Draw the as-of line at this date instead of the report's own.")
  Optional<PartialDate> asOf = Optional.empty();

  @Option(
      names = "--lang",
      paramLabel = "en|zh|fr|es",
      defaultValue = "en",
      converter = Converters.LanguageConverter.class,
      description = "Language of the page: en (default), zh, fr or es.")
  Locale lang = Locale.ENGLISH;

  @Override
  public Integer call() throws UnreadableReportException {
    Commands.fileOrSeed(spec, file, seed);
    Optional<ReportSeries> series = Optional.empty();
    ProgressReport report;
    String name;
    if (file.size() > 1) {
      series = Optional.of(ReportFiles.series(file, readLimits.limits()));
      report = series.get().last();
      name = file.size() + " reports";
    } else {
      ReportSource source = Commands.one(spec, file, seed, readLimits);
      report = source.read();
      name = source.name();
    }
    List<FindingRow> findings = parent.checker().check(report, asOf, lang, Set.of());
    DashboardRenderer renderer = DashboardRenderer.of(lang);
    if (detail.all) {
      renderer = renderer.listingAll();
    }
    if (asOf.isPresent()) {
      renderer = renderer.withAsOf(asOf.get());
    }
    try {
      String html =
          series.isPresent()
              ? renderer.render(series.get(), findings)
              : renderer.render(report, findings);
      Files.writeString(output, html, StandardCharsets.UTF_8);
    } catch (IOException e) {
      spec.commandLine()
          .getErr()
          .println("reform: " + output + ": cannot write the dashboard: " + reason(e));
      return ReformCli.UNREADABLE;
    }
    if (!detail.writeFindings(findings, lang, spec.commandLine().getErr())) {
      return ReformCli.UNREADABLE;
    }
    spec.commandLine()
        .getOut()
        .println("wrote " + output + " (" + name + ", " + findings.size() + " findings)");
    return ReformCli.OK;
  }

  /** Why a file cannot be written, in a few words. */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "its directory does not exist";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
      return fileSystem.getReason();
    }
    return String.valueOf(e.getMessage());
  }
}
