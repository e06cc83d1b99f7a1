package org.reformkit.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.reformkit.core.series.ReportSeries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code reform history}: many reports of one programme read as one series. */
@Command(
    name = "history",
    mixinStandardHelpOptions = true,
    versionProvider = ReformCli.Version.class,
    description =
        "Reads several reports of one programme as a series (in date order, whatever the order"
            + " given) and prints what became of each commitment, phase and milestone, what was"
            + " dropped, what stood still, what slipped and which measurements were restated,"
            + " then the findings of the rules over a series; exit status 1 when one is an"
            + " error.")
final class HistoryCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ReadLimitOptions readLimits = new ReadLimitOptions();

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "JSON reform documents.")
  List<Path> files = new ArrayList<>();

  @Option(
      names = "--stale",
      paramLabel = "K",
      defaultValue = "3",
      description = "Reports in a row without change that make an item stale (default 3, least 2).")
  int stale = 3;

  @Option(
      names = "--lang",
      paramLabel = "en|zh|fr|es",
      defaultValue = "en",
      converter = Converters.LanguageConverter.class,
      description = "Language of the texts: en (default), zh, fr or es.")
  Locale lang = Locale.ENGLISH;

  @Override
  public Integer call() throws UnreadableReportException {
    if (stale < 2) {
      throw new ParameterException(spec.commandLine(), "--stale must be at least 2, not " + stale);
    }
    ReportSeries series = ReportFiles.series(files, readLimits.limits());
    boolean errors = ReportAnalyses.history(series, stale, lang, spec.commandLine().getOut());
    return errors ? ReformCli.ERROR_FINDINGS : ReformCli.OK;
  }
}
