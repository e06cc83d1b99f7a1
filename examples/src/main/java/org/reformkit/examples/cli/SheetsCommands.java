package org.reformkit.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.json.Layout;
import org.reformkit.json.ReformJson;
import org.reformkit.sheets.ReformSheets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The spreadsheet subcommands: {@code import}, {@code export} and {@code template}. */
final class SheetsCommands {
  private SheetsCommands() {}

  /** {@code reform import tracker.xlsx -o report.json}: a workbook to a JSON reform document. */
  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      versionProvider = ReformCli.Version.class,
      description =
          "Reads a report from an .xlsx workbook (layout: docs/SPREADSHEETS.md) and writes it as a"
              + " JSON reform document; every problem of the workbook is named by its cell.")
  static final class ImportCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin ReadLimitOptions readLimits = new ReadLimitOptions();

    @Parameters(index = "0", paramLabel = "WORKBOOK", description = "The .xlsx workbook.")
    Path workbook;

    @Option(
        names = {"-o", "--output"},
        paramLabel = "OUT.json",
        required = true,
        description = "The JSON file to write.")
    Path output;

    @Option(
        names = "--lang",
        paramLabel = "en|zh|fr|es",
        defaultValue = "en",
        converter = Converters.LanguageConverter.class,
        description = "Language of the tool's messages: en (default), zh, fr or es.")
    Locale lang = Locale.ENGLISH;

    @Override
    public Integer call() throws UnreadableReportException {
      ProgressReport report = ReportFiles.read(workbook, readLimits.limits());
      ReformJson.writeReport(report, Layout.PRETTY, output);
      spec.commandLine().getOut().println(CliText.text("sheets.wrote", lang, output.toString()));
      return ReformCli.OK;
    }
  }

  /** {@code reform export report.json -o report.xlsx}: a reform document to a workbook. */
  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      versionProvider = ReformCli.Version.class,
      description =
          "Reads a report (a JSON reform document, or an .xlsx workbook) and writes it as an .xlsx"
              + " workbook, one sheet per kind of element (layout: docs/SPREADSHEETS.md).")
  static final class ExportCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin ReadLimitOptions readLimits = new ReadLimitOptions();

    @Parameters(index = "0", paramLabel = "FILE", description = "The JSON reform document.")
    Path report;

    @Option(
        names = {"-o", "--output"},
        paramLabel = "OUT.xlsx",
        required = true,
        description =
            "The workbook to write (a name not ending in .xlsx: a directory of CSV files).")
    Path output;

    @Option(
        names = "--lang",
        paramLabel = "en|zh|fr|es",
        defaultValue = "en",
        converter = Converters.LanguageConverter.class,
        description =
            "Language of the sheet names, the headers and the messages: en (default), zh,"
                + " fr or es.")
    Locale lang = Locale.ENGLISH;

    @Override
    public Integer call() throws UnreadableReportException {
      ProgressReport read = ReportFiles.read(report, readLimits.limits());
      try {
        ReformSheets.writer().withLanguage(lang).write(read, output);
      } catch (UncheckedIOException e) {
        throw new UnreadableReportException(
            output, "cannot be written: " + e.getCause().getMessage());
      }
      spec.commandLine().getOut().println(CliText.text("sheets.wrote", lang, output.toString()));
      return ReformCli.OK;
    }
  }

  /** {@code reform template -o tracker.xlsx [--lang fr]}: the blank template workbook. */
  @Command(
      name = "template",
      mixinStandardHelpOptions = true,
      versionProvider = ReformCli.Version.class,
      description =
          "Writes the blank template workbook: every sheet of the layout with its header row"
              + " (docs/SPREADSHEETS.md).")
  static final class TemplateCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = {"-o", "--output"},
        paramLabel = "OUT.xlsx",
        required = true,
        description = "The workbook to write.")
    Path output;

    @Option(
        names = "--lang",
        paramLabel = "en|zh|fr|es",
        defaultValue = "en",
        converter = Converters.LanguageConverter.class,
        description =
            "Language of the sheet names, the headers and the messages: en (default), zh,"
                + " fr or es.")
    Locale lang = Locale.ENGLISH;

    @Override
    public Integer call() throws UnreadableReportException {
      try {
        java.nio.file.Files.write(output, ReformSheets.template(lang));
      } catch (IOException e) {
        throw new UnreadableReportException(output, "cannot be written: " + e.getMessage());
      }
      spec.commandLine().getOut().println(CliText.text("sheets.wrote", lang, output.toString()));
      return ReformCli.OK;
    }
  }
}
