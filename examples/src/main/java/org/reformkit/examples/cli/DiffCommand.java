package org.reformkit.examples.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.reformkit.core.model.ProgressReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code reform diff}: what changed between two reports. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    versionProvider = ReformCli.Version.class,
    description =
        "Prints what changed between two reports, element by element (changes that deserve"
            + " attention are marked !); exit status 0 whether or not they differ.")
final class DiffCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ReadLimitOptions readLimits = new ReadLimitOptions();

  @Parameters(index = "0", paramLabel = "OLD", description = "The earlier JSON reform document.")
  Path before;

  @Parameters(index = "1", paramLabel = "NEW", description = "The later JSON reform document.")
  Path after;

  @Option(
      names = "--lang",
      paramLabel = "en|zh|fr|es",
      defaultValue = "en",
      converter = Converters.LanguageConverter.class,
      description = "Language of the texts: en (default), zh, fr or es.")
  Locale lang = Locale.ENGLISH;

  @Override
  public Integer call() throws UnreadableReportException {
    ProgressReport old = ReportFiles.read(before, readLimits.limits());
    ProgressReport now = ReportFiles.read(after, readLimits.limits());
    ReportAnalyses.diff(old, now, lang, spec.commandLine().getOut());
    return ReformCli.OK;
  }
}
