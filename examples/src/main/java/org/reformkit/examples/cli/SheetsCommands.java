package org.reformkit.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.json.Layout;
import org.reformkit.json.ReformJson;
import org.reformkit.sheets.ReformSheets;
import org.reformkit.sheets.ReformSheetsWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The spreadsheet subcommands: {@code import}, {@code export} and {@code template}. */
final class SheetsCommands {
  private SheetsCommands() {}

  /** The options every spreadsheet subcommand takes: the file to write and the language. */
  static final class OutputOptions {
    @Option(
        names = {"-o", "--output"},
        paramLabel = "OUT",
        required = true,
        description =
            "The file to write: a JSON reform document for import; an .xlsx workbook for export"
                + " and template (a name not ending in .xlsx: a directory of CSV files).")
    Path output;

    @Option(
        names = "--lang",
        paramLabel = "en|zh|fr|es",
        defaultValue = "en",
        converter = Converters.LanguageConverter.class,
        description =
            "Language of the sheet names and headers written, and of the messages: en (default),"
                + " zh, fr or es.")
    Locale lang = Locale.ENGLISH;

    /** Says on standard output that the file was written. */
    void wrote(CommandSpec spec) {
      spec.commandLine().getOut().println(CliText.text("sheets.wrote", lang, output.toString()));
    }
  }

  /** The option that says a file holds a programme alone, without a report. */
  static final class ProgrammeOption {
    @Option(
        names = "--programme",
        description =
            "The file holds a programme alone, without a report (a JSON programme document; a"
                + " workbook whose sheet Report is empty).")
    boolean programme;
  }

  /** {@code reform import tracker.xlsx -o report.json}: a workbook to a JSON reform document. */
  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      versionProvider = ReformCli.Version.class,
      description =
          "Reads a report (or with --programme a programme alone) from an .xlsx workbook (layout:"
              + " docs/SPREADSHEETS.md) and writes it as a JSON reform document; every problem of"
              + " the workbook is named by its cell.")
  static final class ImportCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin ReadLimitOptions readLimits = new ReadLimitOptions();

    @Mixin OutputOptions out = new OutputOptions();

    @Mixin ProgrammeOption alone = new ProgrammeOption();

    @Parameters(index = "0", paramLabel = "WORKBOOK", description = "The .xlsx workbook.")
    Path workbook;

    @Override
    public Integer call() throws UnreadableReportException {
      if (alone.programme) {
        ReformProgramme programme = ReportFiles.readProgramme(workbook, readLimits.limits());
        ReformJson.writer().forProgramme().withLayout(Layout.PRETTY).write(programme, out.output);
      } else {
        ProgressReport report = ReportFiles.read(workbook, readLimits.limits());
        ReformJson.writeReport(report, Layout.PRETTY, out.output);
      }
      out.wrote(spec);
      return ReformCli.OK;
    }
  }

  /** {@code reform export report.json -o report.xlsx}: a reform document to a workbook. */
  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      versionProvider = ReformCli.Version.class,
      description =
          "Reads a report (or with --programme a programme alone; a JSON reform document, or an"
              + " .xlsx workbook) and writes it as an .xlsx workbook, one sheet per kind of element"
              + " (layout: docs/SPREADSHEETS.md).")
  static final class ExportCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin ReadLimitOptions readLimits = new ReadLimitOptions();

    @Mixin OutputOptions out = new OutputOptions();

    @Mixin ProgrammeOption alone = new ProgrammeOption();

    @Parameters(index = "0", paramLabel = "FILE", description = "The JSON reform document.")
    Path report;

    @Override
    public Integer call() throws UnreadableReportException {
      ReformSheetsWriter writer = ReformSheets.writer().withLanguage(out.lang);
      try {
        if (alone.programme) {
          writer.write(ReportFiles.readProgramme(report, readLimits.limits()), out.output);
        } else {
          writer.write(ReportFiles.read(report, readLimits.limits()), out.output);
        }
      } catch (UncheckedIOException e) {
        throw new UnreadableReportException(
            out.output, "cannot be written: " + e.getCause().getMessage());
      }
      out.wrote(spec);
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

    @Mixin OutputOptions out = new OutputOptions();

    @Override
    public Integer call() throws UnreadableReportException {
      try {
        java.nio.file.Files.write(out.output, ReformSheets.template(out.lang));
      } catch (IOException e) {
        throw new UnreadableReportException(out.output, "cannot be written: " + e.getMessage());
      }
      out.wrote(spec);
      return ReformCli.OK;
    }
  }
}
