package org.reformkit.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.rules.FindingGroups;
import org.reformkit.core.rules.ValidationResult;
import org.reformkit.examples.dashboard.FindingRow;
import org.reformkit.examples.dashboard.FindingRow.Severity;
import org.reformkit.json.ReformModule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/** {@code reform validate}: runs the standard rules on reform documents. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = ReformCli.Version.class,
    description = {
      "Runs the standard rules on reform documents and prints the findings.",
      "A directory stands for every .json file under it, and a quoted glob (reports/*.json) for"
          + " the files it matches: they are read and checked in parallel (--jobs), one line each,"
          + " with the totals at the end; the findings of a file named on its own are listed"
          + " under it.",
      "Exit status 0 when no file has an error finding, 1 when some file has one, 2 when a file"
          + " cannot be read as a reform document (one line on standard error names the file and,"
          + " where known, the JSON pointer, line and column)."
    })
final class ValidateCommand implements java.util.concurrent.Callable<Integer> {
  /** Output formats. */
  enum Format {
    TEXT,
    JSON
  }

  /**
   * Writes the JSON output: each file's findings in reform-json's findings format (see {@code
   * ReformJson.findingsJsonSchema()}), through the format's Jackson module.
   */
  private static final JsonMapper JSON = JsonMapper.builder().addModule(new ReformModule()).build();

  @ParentCommand ReformCli parent;

  @Spec CommandSpec spec;

  @Mixin ReadLimitOptions readLimits = new ReadLimitOptions();

  @Parameters(
      paramLabel = "FILE",
      arity = "0..*",
      description = "JSON reform documents to check, directories of them, or globs.")
  List<Path> files = new ArrayList<>();

  @Option(
      names = "--jobs",
      paramLabel = "N",
      converter = Converters.CountConverter.class,
      description = "Read and check N files at once (default: the number of processors).")
  OptionalLong jobs = OptionalLong.empty();

  @Option(
      names = "--all",
      description =
          "List every finding of a file named on its own, however many (by default more than 50"
              + " are grouped by rule).")
  boolean all;

  @Option(names = "--seed", description = "Check the built-in seed report (GB.325/INS/15/1) too.")
  boolean seed;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      converter = Converters.PartialDateConverter.class,
      description =
          "Check as of this date (YYYY, YYYY-MM or YYYY-MM-DD) instead of each report's own.")
  Optional<PartialDate> asOf = Optional.empty();

  @Option(
      names = "--lang",
      paramLabel = "en|zh|fr|es",
      defaultValue = "en",
      converter = Converters.LanguageConverter.class,
      description = "Language of the messages: en (default), zh, fr or es.")
  Locale lang = Locale.ENGLISH;

  @Option(
      names = "--format",
      paramLabel = "text|json",
      defaultValue = "text",
      description = "text (default), or json for CI systems.")
  Format format = Format.TEXT;

  @Option(
      names = "--rules",
      paramLabel = "CODE",
      split = ",",
      description = "Run only these rules (comma-separated codes; see 'reform rules').")
  Set<String> rules = new LinkedHashSet<>();

  @Override
  public Integer call() {
    if (files.isEmpty() && !seed) {
      throw new ParameterException(
          spec.commandLine(), "Missing FILE: give one or more reform documents, or --seed");
    }
    Set<String> unknown = ReportChecks.unknownCodes(rules);
    if (!unknown.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(),
          "Unknown rule code(s): " + String.join(", ", unknown) + " (see 'reform rules')");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<ReportSource> sources = ReportSource.expanding(files, seed, readLimits.limits());
    Progress progress = Progress.start(parent.terminal(), parent.progressOutput(), sources.size());
    Totals totals = new Totals();
    List<Map<String, Object>> json = new ArrayList<>();
    int threads = Math.toIntExact(jobs.orElse(Runtime.getRuntime().availableProcessors()));
    ParallelChecks.run(
        sources,
        Math.max(1, threads),
        report -> {
          ValidationResult result = parent.checker().validate(report, asOf, lang, rules);
          // grouped on the worker thread, while the report is still at hand
          Optional<FindingGroups> groups =
              format == Format.TEXT && !all && result.findings().size() > FINDINGS_LISTED
                  ? Optional.of(FindingGroups.of(report.programme(), result.findings()))
                  : Optional.empty();
          return new Checked(result, groups);
        },
        outcome -> {
          ReportSource source = outcome.source();
          progress.step(Math.toIntExact(totals.files + 1), source.name());
          totals.files++;
          if (outcome.unreadable().isPresent()) {
            String line = outcome.unreadable().get().oneLine();
            progress.clear();
            err.println("reform: " + line);
            err.flush();
            totals.unreadable++;
            if (format == Format.JSON) {
              json.add(fileJson(source.name(), "unreadable", "error", line));
            }
            return;
          }
          Checked checked = outcome.result().orElseThrow();
          ValidationResult result = checked.result();
          List<FindingRow> rows = FindingRow.of(result, lang);
          totals.add(result.hasErrors(), rows);
          if (format == Format.JSON) {
            json.add(fileJson(source.name(), "checked", "result", result));
          } else {
            // text output keeps nothing of a file once its lines are printed
            progress.clear();
            printText(out, source.name(), rows, !source.found(), lang);
            if (!source.found() && checked.groups().isPresent()) {
              FindingGroups groups = checked.groups().get();
              out.println(
                  CliText.text(
                      "findings.grouped",
                      lang,
                      Integer.toString(groups.total()),
                      Integer.toString(groups.groups().size())));
              out.print(groups.toTable(lang));
            }
          }
        });
    progress.clear();
    int status =
        totals.unreadable > 0
            ? ReformCli.UNREADABLE
            : totals.withErrors > 0 ? ReformCli.ERROR_FINDINGS : ReformCli.OK;
    if (format == Format.JSON) {
      Map<String, Object> all = new LinkedHashMap<>();
      all.put("files", json);
      all.put("filesWithErrors", totals.withErrors);
      all.put("unreadableFiles", totals.unreadable);
      all.put("status", status);
      out.println(JSON.writeValueAsString(all));
    } else if (sources.size() > 1) {
      out.println(
          CliText.text(
              "validate.total",
              lang,
              CliText.counted("validate.files", totals.files, lang),
              Long.toString(totals.withErrors),
              Long.toString(totals.unreadable),
              CliText.counted("validate.findings", totals.findings, lang),
              CliText.counted("validate.errors", totals.errors, lang),
              CliText.counted("validate.warnings", totals.warnings, lang)));
    }
    out.flush();
    return status;
  }

  /** How many findings of a file named on its own are listed; more are grouped by rule. */
  private static final int FINDINGS_LISTED = ReportAnalyses.FINDINGS_LISTED;

  /** One file's findings, and their groups when there are too many to list. */
  private record Checked(ValidationResult result, Optional<FindingGroups> groups) {}

  /** One file in the JSON output: its name, its status and its findings or error. */
  private static Map<String, Object> fileJson(
      String name, String status, String key, Object value) {
    Map<String, Object> file = new LinkedHashMap<>();
    file.put("file", name);
    file.put("status", status);
    file.put(key, value);
    return file;
  }

  /** What the files checked so far add up to. */
  private static final class Totals {
    long files;
    long withErrors;
    long unreadable;
    long findings;
    long errors;
    long warnings;

    void add(boolean hasErrors, List<FindingRow> rows) {
      withErrors += hasErrors ? 1 : 0;
      findings += rows.size();
      errors += rows.stream().filter(f -> f.severity() == Severity.ERROR).count();
      warnings += rows.stream().filter(f -> f.severity() == Severity.WARNING).count();
    }
  }

  private void printText(
      PrintWriter out, String name, List<FindingRow> findings, boolean listed, Locale locale) {
    if (findings.isEmpty()) {
      out.println(CliText.text("validate.none", locale, name));
      return;
    }
    long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
    long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
    out.println(
        CliText.text(
            "validate.line",
            locale,
            name,
            CliText.counted("validate.findings", findings.size(), locale),
            CliText.counted("validate.errors", errors, locale),
            CliText.counted("validate.warnings", warnings, locale)));
    boolean each = listed && (all || findings.size() <= FINDINGS_LISTED);
    for (FindingRow finding : each ? findings : List.<FindingRow>of()) {
      out.println(ReportAnalyses.findingLine(finding, locale));
    }
  }
}
