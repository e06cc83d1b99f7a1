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
    description =
        "Prints programme progress, the phase timeline, posts and indicators of one report as"
            + " readable tables, then the findings of the standard rules.")
final class SummaryCommand implements Callable<Integer> {
  @ParentCommand ReformCli parent;

  @Spec CommandSpec spec;

  @Mixin ReadLimitOptions readLimits = new ReadLimitOptions();

  @Parameters(paramLabel = "FILE", arity = "0..1", description = "A JSON reform document.")
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
    ReportSource source = Commands.one(spec, file, seed, readLimits);
    ProgressReport report = source.read();
    ReportAnalyses.summary(
        report,
        asOf,
        lang,
        parent.checker().check(report, asOf, lang, Set.of()),
        spec.commandLine().getOut());
    return ReformCli.OK;
  }
}
