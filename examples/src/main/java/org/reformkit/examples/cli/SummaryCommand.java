package org.reformkit.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.examples.dashboard.FindingRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code reform summary}: progress, phases, posts and indicators as readable tables. */
@Command(
    name = "summary",
    mixinStandardHelpOptions = true,
    versionProvider = ReformCli.Version.class,
    description = {
      "Prints programme progress, the phase timeline, posts and indicators of one report as"
          + " readable tables, then the findings of the standard rules. A large report is"
          + " summarised: phases folded by commitment (those in trouble first), the largest post"
          + " groups, findings grouped by rule; --all lists everything.",
      "Given several reports of one organisation (files, directories or quoted globs), prints a"
          + " line per report and the totals across them: posts, commitments by status, findings"
          + " by rule."
    })
final class SummaryCommand implements Callable<Integer> {
  @ParentCommand ReformCli parent;

  @Spec CommandSpec spec;

  @Mixin ReadLimitOptions readLimits = new ReadLimitOptions();

  @Mixin DetailOptions detail = new DetailOptions();

  @Parameters(
      paramLabel = "FILE",
      arity = "0..*",
      description = "A JSON reform document; several, directories or globs for the totals.")
  List<Path> file = new ArrayList<>();

  @Option(names = "--seed", description = "Summarise the built-in seed report (GB.325/INS/15/1).")
  boolean seed;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      converter = Converters.PartialDateConverter.class,
      description = "Measure progress as of this date instead of the report's own.")
  Optional<PartialDate> asOf = Optional.empty();

  @Option(
      names = "--lang",
      paramLabel = "en|zh|fr|es",
      defaultValue = "en",
      converter = Converters.LanguageConverter.class,
      description = "Language of the texts: en (default), zh, fr or es.")
  Locale lang = Locale.ENGLISH;

  @Override
  public Integer call() throws UnreadableReportException {
    if (seed || file.isEmpty()) {
      return one(Commands.one(spec, file, seed, readLimits));
    }
    List<ReportSource> sources = ReportSource.expanding(file, false, readLimits.limits());
    if (sources.size() == 1) {
      return one(sources.get(0));
    }
    SummaryTotals totals = new SummaryTotals(lang);
    List<FindingRow> all = new ArrayList<>();
    for (ReportSource source : sources) {
      ProgressReport report = source.read();
      List<FindingRow> findings = parent.checker().check(report, asOf, lang, Set.of());
      if (detail.findingsFile.isPresent()) {
        findings.forEach(
            f ->
                all.add(
                    new FindingRow(
                        f.code(), f.severity(), source.name() + ": " + f.path(), f.message())));
      }
      totals.add(source.name(), report, findings);
    }
    totals.print(spec.commandLine().getOut());
    return detail.writeFindings(all, lang, spec.commandLine().getErr())
        ? ReformCli.OK
        : ReformCli.UNREADABLE;
  }

  private int one(ReportSource source) throws UnreadableReportException {
    ProgressReport report = source.read();
    List<FindingRow> findings = parent.checker().check(report, asOf, lang, Set.of());
    ReportAnalyses.summary(report, asOf, lang, findings, detail.all, spec.commandLine().getOut());
    return detail.writeFindings(findings, lang, spec.commandLine().getErr())
        ? ReformCli.OK
        : ReformCli.UNREADABLE;
  }
}
