package org.reformkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.reformkit.core.analysis.Analyses;
import org.reformkit.core.analysis.PhaseTimeline;
import org.reformkit.core.model.ElementPath;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.rules.Finding;
import org.reformkit.core.rules.RuleSet;
import org.reformkit.core.rules.ValidationResult;
import org.reformkit.examples.SeedReport;
import org.reformkit.examples.dashboard.FindingRow.Severity;
import org.reformkit.json.ReformJson;
import org.reformkit.json.ReformJsonWriter;
import tools.jackson.databind.JsonNode;

/** Runs the tool in-process and asserts on exit status, standard output and standard error. */
class ReformCliTest {
  private static final String NL = System.lineSeparator();
  private static final Path SEED_FILE =
      Path.of("src/main/resources/org/reformkit/examples/seed-2015-11.json");
  private static final Path MARCH_FILE =
      Path.of("src/main/resources/org/reformkit/examples/seed-2015-03-reconstructed.json");
  private static final Checker ONE_ERROR =
      (report, asOf, locale, codes) ->
          ValidationResult.of(
              List.of(
                  finding("POST_TOTAL", Severity.ERROR, "postTotals[all]", "22 + 17 is not \"40\""),
                  finding(
                      "PHASE_DATES", Severity.WARNING, "commitments[bpr].phases[e]", "no end")));
  private static final Checker ONE_WARNING =
      (report, asOf, locale, codes) ->
          ValidationResult.of(
              List.of(
                  finding(
                      "PHASE_DATES", Severity.WARNING, "commitments[bpr].phases[e]", "no end")));

  private static Finding finding(String code, Severity severity, String path, String message) {
    return Finding.of(
        code,
        org.reformkit.core.rules.Severity.valueOf(severity.name()),
        ElementPath.parse(path),
        message,
        code,
        Map.of());
  }

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return ReformCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
        .execute(args);
  }

  private int run(Checker checker, boolean terminal, String... args) {
    return ReformCli.commandLine(
            new PrintWriter(out, true), new PrintWriter(err, true), terminal, checker)
        .execute(args);
  }

  private Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private void assertOneLineOnStandardErrorWithoutStackTrace() {
    assertThat(err.toString()).endsWith(NL);
    assertThat(err.toString().split(NL, -1)).hasSize(2);
    assertThat(err.toString()).doesNotContain("Exception", "\tat ", "Caused by");
  }

  // ------------------------------------------------------------- help and version

  @Test
  void versionNamesTheToolAndItsVersion() {
    assertThat(run("--version")).isZero();
    assertThat(out.toString()).startsWith("reform 0.1.0-SNAPSHOT" + NL);
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "summary", "diff", "history", "dashboard", "rules"})
  void everySubcommandHasHelp(String subcommand) {
    assertThat(run(subcommand, "--help")).isZero();
    assertThat(out.toString()).startsWith("Usage: reform " + subcommand + " ");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void topLevelHelpListsTheSubcommandsAndTheExitStatuses() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString())
        .contains("validate", "summary", "diff", "history", "dashboard", "rules")
        .contains("Exit status:")
        .contains("1   some file has an error finding");
  }

  @Test
  void noSubcommandPrintsUsageOnStandardErrorAndExits2() {
    assertThat(run()).isEqualTo(2);
    assertThat(err.toString()).startsWith("Usage: reform ");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void unknownOptionExits2WithAHint() {
    assertThat(run("validate", "--colour", "x.json")).isEqualTo(2);
    assertThat(err.toString())
        .isEqualTo(
            "reform: Unknown option: '--colour'"
                + NL
                + "Try 'reform validate --help' for more information."
                + NL);
  }

  @Test
  void unsupportedLanguageExits2() {
    assertThat(run("validate", "--seed", "--lang", "de")).isEqualTo(2);
    assertThat(err.toString())
        .startsWith(
            "reform: Invalid value for option '--lang': 'de' is not a language of the tool; use en, zh, fr or es");
  }

  @Test
  void malformedAsOfDateExits2() {
    assertThat(run("validate", "--seed", "--as-of", "November")).isEqualTo(2);
    assertThat(err.toString())
        .startsWith("reform: Invalid value for option '--as-of': 'November' is not a partial date");
  }

  // ------------------------------------------------------------- validate: exit statuses

  @Test
  void validateWithoutFileOrSeedExits2() {
    assertThat(run("validate")).isEqualTo(2);
    assertThat(err.toString())
        .startsWith("reform: Missing FILE: give one or more reform documents, or --seed" + NL);
  }

  @Test
  void validateSeedWithOnlyWarningFindingsExits0() {
    assertThat(run("validate", "--seed")).isZero();
    assertThat(out.toString())
        .startsWith("seed GB.325/INS/15/1: 9 findings (0 errors, 9 warnings)" + NL)
        .contains(
            "  warning  commitments[bpr].phases[a]: Phase a is completed but its actual end is not stated"
                + " [PHASE_COMPLETED_WITHOUT_END]"
                + NL);
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void validateTheBundledSeedFileExits0() {
    assertThat(run("validate", SEED_FILE.toString())).isZero();
    assertThat(out.toString()).startsWith(SEED_FILE + ": 9 findings (0 errors, 9 warnings)" + NL);
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void validateAFileWithAnErrorFindingExits1() {
    Path bad = ReportSeamsTest.badReportFile();
    assertThat(run("validate", bad.toString())).isEqualTo(1);
    assertThat(out.toString())
        .startsWith(bad + ": 10 findings (1 error, 9 warnings)" + NL)
        .endsWith(
            "  error    postLines[field-technical]: Line field-technical counts 0 posts [POST_LINE_COUNT_POSITIVE]"
                + NL);
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void validateOnlyTheGivenRulesInChinese() {
    Path bad = ReportSeamsTest.badReportFile();
    assertThat(
            run(
                "validate",
                bad.toString(),
                "--rules",
                "POST_LINE_COUNT_POSITIVE,PHASE_ORDER",
                "--lang",
                "zh"))
        .isEqualTo(1);
    assertThat(out.toString())
        .startsWith(bad + "：1 条检查结果（1 个错误，0 个警告）" + NL)
        .contains("  错误 ")
        .contains("postLines[field-technical]: ")
        .contains("[POST_LINE_COUNT_POSITIVE]")
        .doesNotContain("Line field-technical counts");
  }

  @Test
  void validateWithAnUnknownRuleCodeExits2NamingIt() {
    assertThat(run("validate", "--seed", "--rules", "PHASE_ORDER,NO_SUCH_RULE")).isEqualTo(2);
    assertThat(err.toString())
        .isEqualTo(
            "reform: Unknown rule code(s): NO_SUCH_RULE (see 'reform rules')"
                + NL
                + "Try 'reform validate --help' for more information."
                + NL);
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void validateAsOfALaterDateFindsTheOverdueItems() {
    assertThat(run("validate", "--seed", "--as-of", "2016-03")).isZero();
    assertThat(out.toString()).contains("[COMMITMENT_OVERDUE]");
  }

  @Test
  void validateWithOnlyWarningsExits0() {
    assertThat(run(ONE_WARNING, false, "validate", "--seed")).isZero();
    assertThat(out.toString())
        .isEqualTo(
            "seed GB.325/INS/15/1: 1 finding (0 errors, 1 warning)"
                + NL
                + "  warning  commitments[bpr].phases[e]: no end [PHASE_DATES]"
                + NL);
  }

  @Test
  void validateWithAnErrorFindingExits1() {
    assertThat(run(ONE_ERROR, false, "validate", "--seed")).isEqualTo(1);
    assertThat(out.toString())
        .isEqualTo(
            "seed GB.325/INS/15/1: 2 findings (1 error, 1 warning)"
                + NL
                + "  error    postTotals[all]: 22 + 17 is not \"40\" [POST_TOTAL]"
                + NL
                + "  warning  commitments[bpr].phases[e]: no end [PHASE_DATES]"
                + NL);
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void validateMissingFileExits2WithOneLineNamingTheFile() {
    Path missing = dir.resolve("missing.json");
    assertThat(run("validate", missing.toString())).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("reform: " + missing + ": no such file" + NL);
    assertOneLineOnStandardErrorWithoutStackTrace();
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void validateDirectoryWithoutJsonExits2WithOneLine() {
    assertThat(run("validate", dir.toString())).isEqualTo(2);
    assertThat(err.toString())
        .isEqualTo("reform: " + dir + ": is a directory without a reform document (*.json)" + NL);
    assertOneLineOnStandardErrorWithoutStackTrace();
  }

  @Test
  void validateTruncatedFileExits2WithPointerLineAndColumn() throws IOException {
    Path truncated =
        file(
            "truncated.json",
            "{\n  \"document\": {\n    \"symbol\": \"GB.325/INS/15/1\",\n    \"agendaItem\": \"1");
    assertThat(run("validate", truncated.toString())).isEqualTo(2);
    assertThat(err.toString())
        .isEqualTo(
            "reform: "
                + truncated
                + ": the document ends inside a string; a string needs its closing double quote"
                + " (truncated?) at /document (line 4, column 21)"
                + NL);
    assertOneLineOnStandardErrorWithoutStackTrace();
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void validateTruncatedSeedExits2() throws IOException {
    String seed = Files.readString(SEED_FILE);
    Path truncated = file("seed-cut.json", seed.substring(0, seed.length() / 2));
    assertThat(run("validate", truncated.toString())).isEqualTo(2);
    assertThat(err.toString())
        .startsWith("reform: " + truncated + ": the document ends inside ")
        .contains("(truncated?)")
        .containsPattern(" at /programme/\\S+ \\(line \\d+, column \\d+\\)" + NL + "$");
    assertOneLineOnStandardErrorWithoutStackTrace();
  }

  @Test
  void validateEmptyFileExits2() throws IOException {
    Path empty = file("empty.json", "");
    assertThat(run("validate", empty.toString())).isEqualTo(2);
    assertThat(err.toString())
        .isEqualTo(
            "reform: "
                + empty
                + ": the document is empty; expected a JSON object at / (line 1, column 1)"
                + NL);
  }

  @Test
  void validateJsonArrayExits2AsNotAReformDocument() throws IOException {
    Path array = file("array.json", "\n  [1, 2, 3]\n");
    assertThat(run("validate", array.toString())).isEqualTo(2);
    assertThat(err.toString())
        .isEqualTo(
            "reform: "
                + array
                + ": expected a progress report, got an array at / (line 2, column 3)"
                + NL);
    assertOneLineOnStandardErrorWithoutStackTrace();
  }

  @Test
  void validateJsonObjectThatIsNotAReportExits2() throws IOException {
    Path budget = file("budget.json", "{\"name\": \"budget 2016-17\", \"total\": 1}");
    assertThat(run("validate", budget.toString())).isEqualTo(2);
    assertThat(err.toString())
        .startsWith(
            "reform: "
                + budget
                + ": unknown property 'name' in a progress report; expected schemaVersion,")
        .endsWith(" at /name (line 1, column 10)" + NL);
    assertOneLineOnStandardErrorWithoutStackTrace();
  }

  @Test
  void validateWrongSchemaVersionExits2() throws IOException {
    String seed = Files.readString(SEED_FILE);
    Path future =
        file(
            "future.json",
            seed.replace("\"schemaVersion\": \"1.1\"", "\"schemaVersion\": \"9.0\""));
    assertThat(run("validate", future.toString())).isEqualTo(2);
    assertThat(err.toString())
        .isEqualTo(
            "reform: "
                + future
                + ": schema version '9.0' is not supported; this reader reads version 1.x"
                + " (written \"1.1\") at /schemaVersion (line 2, column 20)"
                + NL);
    assertOneLineOnStandardErrorWithoutStackTrace();
  }

  @Test
  void validateTrailingContentAfterTheObjectExits2() throws IOException {
    String seed = Files.readString(SEED_FILE);
    Path twice = file("twice.json", seed + "{}");
    assertThat(run("validate", twice.toString())).isEqualTo(2);
    assertThat(err.toString()).startsWith("reform: " + twice + ": ");
    assertOneLineOnStandardErrorWithoutStackTrace();
  }

  @Test
  void validateGoesOnAfterAnUnreadableFileAndTheWorstStatusWins() {
    Path missing = dir.resolve("missing.json");
    assertThat(run(ONE_ERROR, false, "validate", "--seed", missing.toString())).isEqualTo(2);
    assertThat(out.toString())
        .startsWith("seed GB.325/INS/15/1: 2 findings (1 error, 1 warning)" + NL)
        .endsWith(
            "2 files: 1 with error findings, 1 unreadable; 2 findings (1 error, 1 warning)" + NL);
    assertThat(err.toString()).isEqualTo("reform: " + missing + ": no such file" + NL);
  }

  // ------------------------------------------------------------- validate: formats and progress

  @Test
  void validateJsonFormatPrintsFindingsAndUnreadableFilesForCi() {
    Path missing = dir.resolve("missing.json");
    assertThat(run(ONE_ERROR, false, "validate", "--format", "json", "--seed", missing.toString()))
        .isEqualTo(2);
    assertThat(out.toString())
        .isEqualTo(
            "{\"files\":["
                + "{\"file\":\"seed GB.325/INS/15/1\",\"status\":\"checked\",\"result\":"
                + "{\"schemaVersion\":\"1.1\",\"findings\":["
                + "{\"code\":\"POST_TOTAL\",\"severity\":\"error\",\"path\":\"postTotals[all]\","
                + "\"message\":\"22 + 17 is not \\\"40\\\"\",\"messageKey\":\"POST_TOTAL\",\"values\":{}},"
                + "{\"code\":\"PHASE_DATES\",\"severity\":\"warning\",\"path\":\"commitments[bpr].phases[e]\","
                + "\"message\":\"no end\",\"messageKey\":\"PHASE_DATES\",\"values\":{}}]}},"
                + "{\"file\":"
                + quoted(missing.toString())
                + ",\"status\":\"unreadable\",\"error\":"
                + quoted(missing + ": no such file")
                + "}"
                + "],\"filesWithErrors\":1,\"unreadableFiles\":1,\"status\":2}"
                + NL);
    assertThat(err.toString()).isEqualTo("reform: " + missing + ": no such file" + NL);
  }

  /** A JSON string literal, as Jackson writes it. */
  private static String quoted(String text) {
    return tools.jackson.databind.json.JsonMapper.shared().writeValueAsString(text);
  }

  @Test
  void validateJsonOutputOnTheSeedReadsBackThroughReformJsonIntoTheSameFindings() {
    assertThat(run("validate", "--format", "json", "--seed", "--as-of", "2016-03")).isIn(0, 1);
    JsonNode output = tools.jackson.databind.json.JsonMapper.shared().readTree(out.toString());
    JsonNode file = output.get("files").get(0);
    assertThat(file.get("status").asString()).isEqualTo("checked");

    ValidationResult read = ReformJson.reader().forFindings().read(file.get("result").toString());

    ValidationResult checked =
        ReportChecks.validate(
            SeedReport.november2015(),
            Optional.of(PartialDate.parse("2016-03")),
            Locale.ENGLISH,
            Set.of());
    assertThat(read.findings()).isNotEmpty();
    // the values of the rule engine are ids, words and dates; in the format they are its words
    ReformJsonWriter<ValidationResult> writer = ReformJson.writer().forFindings();
    assertThat(read).isEqualTo(ReformJson.reader().forFindings().read(writer.write(checked)));
    assertThat(read.codes()).isEqualTo(checked.codes());
    assertThat(file.get("result").toString())
        .doesNotContain("\"IN_PROGRESS\"", "\"NOT_STARTED\"", "\"ERROR\"", "\"WARNING\"");
  }

  @Test
  void validatePassesLanguageAsOfAndRuleCodesToTheChecks() {
    StringBuilder seen = new StringBuilder();
    Checker recording =
        (report, asOf, locale, codes) -> {
          seen.append(locale.getLanguage())
              .append(' ')
              .append(asOf.orElseThrow())
              .append(' ')
              .append(codes);
          return ValidationResult.empty();
        };
    assertThat(
            run(
                recording,
                false,
                "validate",
                "--seed",
                "--lang",
                "zh",
                "--as-of",
                "2016-03",
                "--rules",
                "PHASE_ORDER,POST_TOTAL_SUM"))
        .isZero();
    assertThat(seen).hasToString("zh 2016-03 [PHASE_ORDER, POST_TOTAL_SUM]");
  }

  @Test
  void progressIsShownOnATerminalAndClearedBeforeMessages() {
    Path missing = dir.resolve("missing.json");
    assertThat(run(ReportChecks::validate, true, "validate", "--seed", missing.toString()))
        .isEqualTo(2);
    assertThat(err.toString())
        .startsWith("\r[1/2] seed GB.325/INS/15/1")
        .contains("\r[2/" + "2] " + missing)
        .contains("reform: " + missing + ": no such file" + NL);
  }

  @Test
  void progressIsQuietWhenNotOnATerminal() {
    Path missing = dir.resolve("missing.json");
    assertThat(run(ReportChecks::validate, false, "validate", "--seed", missing.toString()))
        .isEqualTo(2);
    assertThat(err.toString()).doesNotContain("\r").doesNotContain("[1/2]");
  }

  // ------------------------------------------------------------- other subcommands

  @Test
  void summaryOfTheSeedFilePrintsTheAnalysesAndTheFindings() {
    assertThat(run("summary", SEED_FILE.toString())).isZero();
    ProgressReport seed = SeedReport.november2015();
    assertThat(out.toString())
        .startsWith(
            "GB.325/INS/15/1  First supplementary report: Update on the internal reform  (as of 2015-11)"
                + NL
                + NL
                + "== Programme progress"
                + NL)
        .contains(Analyses.programmeProgress(seed).toTable(Locale.ENGLISH).toString())
        .contains("== Phase timeline" + NL + Analyses.phaseTimeline(seed).toTable(Locale.ENGLISH))
        .contains("== Posts" + NL + Analyses.postSummary(seed).toTable(Locale.ENGLISH))
        .contains("== Indicators" + NL + Analyses.indicatorProgress(seed).toTable(Locale.ENGLISH))
        .contains("== Findings" + NL + "0 errors, 9 warnings, 0 info" + NL)
        .contains("warning   commitments[bpr].phases[a]");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void summaryShowsMoneyAndRisksOnlyForAReportThatStatesThem() throws IOException {
    ProgressReport seed = SeedReport.november2015();
    org.reformkit.core.model.FinancialLine approved =
        org.reformkit.core.model.FinancialLine.builder()
            .id(org.reformkit.core.model.FinancialLineId.of("bpr-approved"))
            .description(org.reformkit.core.model.LocalizedText.of("en", "Business process review"))
            .kind(org.reformkit.core.model.FinanceKind.APPROVED_BUDGET)
            .amount(org.reformkit.core.model.Money.parse("USD 2000000"))
            .period(org.reformkit.core.model.DatePeriod.parse("2015/2016"))
            .commitment(org.reformkit.core.model.CommitmentId.of("bpr"))
            .build();
    org.reformkit.core.model.FinancialLine spent =
        approved
            .withId(org.reformkit.core.model.FinancialLineId.of("bpr-spent"))
            .withKind(org.reformkit.core.model.FinanceKind.EXPENDITURE)
            .withAmount(org.reformkit.core.model.Money.parse("USD 500000.50"));
    org.reformkit.core.model.Risk risk =
        org.reformkit.core.model.Risk.builder()
            .id(org.reformkit.core.model.RiskId.of("r1"))
            .description(org.reformkit.core.model.LocalizedText.of("en", "Delays in redesign"))
            .likelihood(org.reformkit.core.model.RiskRating.high())
            .impact(org.reformkit.core.model.RiskRating.medium())
            .addCommitment(org.reformkit.core.model.CommitmentId.of("bpr"))
            .build();
    ProgressReport withMoney =
        seed.withProgramme(
            seed.programme()
                .withFinances(
                    org.reformkit.core.model.Finances.builder().addLines(approved, spent).build())
                .withRisks(risk));
    Path path = file("money.json", ReformJson.writer().forReport().write(withMoney));

    assertThat(run("summary", path.toString())).isZero();
    String money =
        Analyses.money(withMoney, java.time.LocalDate.of(2015, 11, 30))
            .toTable(Locale.ENGLISH)
            .toString();
    assertThat(out.toString())
        .contains("== Money" + NL + money)
        .contains("25.0")
        .contains("== Risks" + NL + Analyses.riskMatrix(withMoney).toTable(Locale.ENGLISH))
        .contains("== Findings");
    out.getBuffer().setLength(0);
    assertThat(run("summary", SEED_FILE.toString())).isZero();
    assertThat(out.toString()).doesNotContain("== Money").doesNotContain("== Risks");
    out.getBuffer().setLength(0);
    assertThat(run("summary", "--lang", "zh", path.toString())).isZero();
    assertThat(out.toString()).contains("== 资金").contains("== 风险");
  }

  /** The seed's JSON file with the status of each commitment removed, as a report may leave it. */
  private Path seedWithoutCommitmentStatuses() throws IOException {
    tools.jackson.databind.json.JsonMapper mapper =
        tools.jackson.databind.json.JsonMapper.builder().build();
    tools.jackson.databind.node.ObjectNode root =
        (tools.jackson.databind.node.ObjectNode) mapper.readTree(SEED_FILE.toFile());
    for (JsonNode commitment : root.path("programme").path("commitments")) {
      assertThat(((tools.jackson.databind.node.ObjectNode) commitment).remove("status"))
          .isNotNull();
    }
    return file("unstated.json", mapper.writeValueAsString(root));
  }

  @Test
  void theSeedWithoutCommitmentStatusesValidatesAndItsSummarySaysNotStatedInventingNoShare()
      throws IOException {
    Path unstated = seedWithoutCommitmentStatuses();

    assertThat(run("validate", unstated.toString())).isZero();
    assertThat(out.toString()).contains("17 findings (0 errors, 9 warnings)");
    assertThat(out.toString().split("\\[STATUS_NOT_STATED\\]", -1)).hasSize(9);
    out.getBuffer().setLength(0);
    assertThat(run("summary", unstated.toString())).isZero();
    ProgressReport report = ReformJson.readReport(unstated);
    assertThat(report.programme().commitments()).allSatisfy(c -> assertThat(c.status()).isEmpty());
    String progress = Analyses.programmeProgress(report).toTable(Locale.ENGLISH).toString();
    assertThat(out.toString()).contains("== Programme progress" + NL + progress);
    // the one commitment with phases is judged by its phases; every other says "not stated"
    List<String> lines = List.of(progress.split("\n"));
    assertThat(lines.get(2)).contains("not stated").endsWith("50%");
    assertThat(lines.stream().filter(l -> l.endsWith("  not stated"))).hasSize(7);
    assertThat(progress.split("%", -1)).as("only two shares: bpr's and the overall").hasSize(3);
    assertThat(lines.get(lines.size() - 1)).startsWith("overall").endsWith("50%, 7 not stated");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void summaryAsOfALaterDateJudgesTheTimelineThen() {
    assertThat(run("summary", "--seed", "--as-of", "2016-03")).isZero();
    assertThat(out.toString())
        .contains("(as of 2016-03)")
        .contains(
            PhaseTimeline.of(SeedReport.november2015().programme(), LocalDate.of(2016, 3, 1))
                .toTable(Locale.ENGLISH)
                .toString())
        .contains("overdue")
        .contains("COMMITMENT_OVERDUE");
  }

  @Test
  void summaryInChinese() {
    assertThat(run("summary", "--seed", "--lang", "zh")).isZero();
    assertThat(out.toString()).contains("第一份补充报告：内部改革的最新情况", "== 总体进展", "== 检查结果", "行政管理业务流程审查");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "fr|au 2015-11|== Avancement du programme|== Calendrier des phases|Engagement|Début prévu"
            + "|Calendrier|Indicateur|Gravité|Statut 2015-11-01",
        "es|al 2015-11|== Avance del programa|== Calendario de las fases|Compromiso|Inicio previsto"
            + "|Calendario|Indicador|Gravedad|Estado 2015-11-01"
      })
  void summaryPrintsEveryHeadingAndLabelInFrenchAndSpanish(
      String language,
      String asOf,
      String progress,
      String timeline,
      String commitment,
      String plannedStart,
      String schedule,
      String indicator,
      String severity,
      String statusOn) {
    assertThat(run("summary", "--seed", "--lang", language)).isZero();
    String printed = out.toString();

    assertThat(printed)
        .contains(asOf, progress, timeline, commitment, plannedStart, schedule, indicator)
        .contains(severity, statusOn);
    // no heading or label of any table stays in English (the seed's own texts are zh and en)
    assertThat(printed)
        .doesNotContain(
            "as of",
            "Programme progress",
            "Phase timeline",
            "== Posts",
            "== Indicators",
            "== Findings",
            "Planned start",
            "Actual end",
            "Schedule",
            "Baseline",
            "Of which",
            "Severity",
            "Status 2015",
            "not started",
            "in progress",
            "warnings,",
            "not stated",
            "Sum of lines",
            "overall",
            "headquarters",
            "no data",
            "Progress");
  }

  @Test
  void validateInChinesePrintsChineseHeadings() {
    assertThat(run("validate", "--seed", "--lang", "zh")).isZero();
    assertThat(out.toString())
        .contains("：9 条检查结果（0 个错误，9 个警告）")
        .contains("  警告 ")
        .doesNotContain("findings", "warning ");
  }

  @Test
  void summaryOfAMissingFileExits2() {
    Path missing = dir.resolve("missing.json");
    assertThat(run("summary", missing.toString())).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("reform: " + missing + ": no such file" + NL);
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void summaryOfAFileAndTheSeedAtOnceExits2() {
    assertThat(run("summary", "--seed", "x.json")).isEqualTo(2);
    assertThat(err.toString()).startsWith("reform: Give FILE or --seed, not both" + NL);
  }

  @Test
  void diffOfAnUnreadableFileExits2() throws IOException {
    Path array = file("array.json", "[]");
    assertThat(run("diff", array.toString(), dir.resolve("new.json").toString())).isEqualTo(2);
    assertThat(err.toString())
        .startsWith("reform: " + array + ": expected a progress report, got an array at /");
    assertOneLineOnStandardErrorWithoutStackTrace();
  }

  @Test
  void diffOfMarchAndNovemberShowsTheLaunchOfTheReviewAndItsPhases() {
    assertThat(run("diff", MARCH_FILE.toString(), SEED_FILE.toString())).isZero();
    assertThat(out.toString())
        .startsWith(
            "GB.323/INS/INF/2 (2015-03, reconstructed) -> GB.325/INS/15/1 (2015-11): 23 changes"
                + NL)
        .containsPattern("commitments\\[bpr\\]\\.status +status forward +not started +in progress")
        .containsPattern(
            "commitments\\[bpr\\]\\.phases\\[a\\]\\.status +status forward +not started +completed")
        .containsPattern(
            "commitments\\[bpr\\]\\.phases\\[b\\]\\.status +status forward +not started +completed")
        .containsPattern(
            "commitments\\[bpr\\]\\.phases\\[c\\]\\.status +status forward +not started +in progress")
        .contains("externalSupport[bpr-consultancy]");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void diffTheOtherWayRoundFlagsTheBackwardMovesAndStillExits0() {
    assertThat(run("diff", SEED_FILE.toString(), MARCH_FILE.toString(), "--lang", "zh")).isZero();
    assertThat(out.toString())
        .startsWith(
            "GB.325/INS/15/1 (2015-11) -> GB.323/INS/INF/2 (2015-03, reconstructed): 23 changes"
                + NL)
        .containsPattern("!  commitments\\[bpr\\]\\.phases\\[a\\]\\.status +状态倒退");
  }

  @Test
  void diffNeedsTwoFiles() {
    assertThat(run("diff", "old.json")).isEqualTo(2);
    assertThat(err.toString()).startsWith("reform: Missing required parameter: 'NEW'");
  }

  @Test
  void dashboardOfSeveralReportsDrawsTheLastWithTheHistoryOfAll() throws IOException {
    Path html = dir.resolve("history.html");
    assertThat(run("dashboard", SEED_FILE.toString(), MARCH_FILE.toString(), "-o", html.toString()))
        .isZero();
    assertThat(out.toString()).startsWith("wrote " + html + " (2 reports, ");
    assertThat(Files.readString(html, StandardCharsets.UTF_8))
        .contains("<svg class=\"history\"")
        .contains(">2015-03</text>")
        .contains("<svg class=\"timeline\"");
  }

  @Test
  void dashboardOfTheSeedWritesTheHtmlFile() throws IOException {
    Path html = dir.resolve("seed.html");
    assertThat(run("dashboard", "--seed", "-o", html.toString(), "--lang", "zh")).isZero();
    assertThat(out.toString())
        .isEqualTo("wrote " + html + " (seed GB.325/INS/15/1, 9 findings)" + NL);
    assertThat(Files.readString(html))
        .startsWith("<!DOCTYPE html>\n<html lang=\"zh\">")
        .contains("<h2>时间表</h2>");
  }

  @Test
  void dashboardShowsTheFindingsOfTheChecksAndTheGivenAsOfDate() throws IOException {
    Path html = dir.resolve("seed.html");
    assertThat(
            run(
                ONE_ERROR,
                false,
                "dashboard",
                "--seed",
                "--output",
                html.toString(),
                "--as-of",
                "2016-03"))
        .isZero();
    assertThat(Files.readString(html))
        .contains("<h2>Findings (2)</h2>")
        .contains("<td>22 + 17 is not &quot;40&quot;</td>")
        .contains("<title>As of 2016-03</title>");
  }

  @Test
  void dashboardIntoAMissingDirectoryExits2WithOneLine() {
    Path html = dir.resolve("no/such/dir/seed.html");
    assertThat(run("dashboard", "--seed", "-o", html.toString())).isEqualTo(2);
    assertThat(err.toString())
        .isEqualTo(
            "reform: " + html + ": cannot write the dashboard: its directory does not exist" + NL);
    assertOneLineOnStandardErrorWithoutStackTrace();
  }

  @Test
  void dashboardNeedsAnOutputFile() {
    assertThat(run("dashboard", "--seed")).isEqualTo(2);
    assertThat(err.toString()).startsWith("reform: Missing required option: '--output=OUT.html'");
  }

  @Test
  void dashboardOfAFileShowsTheRealFindings() throws IOException {
    Path html = dir.resolve("bad.html");
    assertThat(run("dashboard", ReportSeamsTest.badReportFile().toString(), "-o", html.toString()))
        .isZero();
    assertThat(Files.readString(html))
        .contains("<h2>Findings (10)</h2>")
        .contains("POST_LINE_COUNT_POSITIVE");
  }

  @Test
  void rulesListsTheCatalogue() {
    assertThat(run("rules")).isZero();
    assertThat(out.toString())
        .startsWith("Code ")
        .containsPattern(
            "PHASE_ORDER +error +No phase has begun while an earlier phase has not started")
        .containsPattern("SOURCE_PARAGRAPH +info +")
        .endsWith(RuleSet.standard().rules().size() + " rules" + NL);
  }

  @Test
  void rulesInChineseHasChineseHeadingsAndSeverities() {
    assertThat(run("rules", "--lang", "zh")).isZero();
    assertThat(out.toString())
        .startsWith("代码")
        .containsPattern("PHASE_COMPLETED_WITHOUT_END +警告 ")
        .endsWith("共 " + RuleSet.standard().rules().size() + " 条规则" + NL);
  }

  @Test
  void launcherScriptRunsTheCliFromTheJarAndItsLibrariesFromAnyDirectory() throws IOException {
    Path launcher = Path.of("reform");
    assertThat(launcher).isExecutable();
    assertThat(Files.readString(launcher))
        .startsWith("#!/usr/bin/env bash\n")
        .contains("dir=\"$(cd \"$(dirname \"${BASH_SOURCE[0]}\")\" && pwd)\"")
        .contains(
            "exec java $REFORM_JAVA_OPTS -cp \"$jar:$dir/target/lib/*\""
                + " org.reformkit.examples.cli.ReformCli \"$@\"")
        // the class-data-sharing archive only when it was made from this build of the jar
        .contains("if [ -f \"$archive\" ] && [ \"$archive\" -nt \"$jar\" ]; then");
  }

  @Test
  void summaryShowsRecommendationsAndRelocationsWhenTheReportHasThem() throws IOException {
    ProgressReport report = org.reformkit.examples.OversightFixture.report();
    Path path = file("oversight.json", ReformJson.writer().write(report));

    assertThat(run("summary", path.toString())).isZero();

    assertThat(out.toString())
        .contains(
            "== Recommendations of oversight bodies"
                + NL
                + Analyses.recommendations(report).toTable(Locale.ENGLISH)
                + "Stated counts:"
                + NL
                + Analyses.recommendations(report).statedTotalsTable(Locale.ENGLISH))
        .contains(
            "== Relocated posts by duty station"
                + NL
                + Analyses.postMovements(report).toTable(Locale.ENGLISH)
                + NL
                + "== Findings")
        .contains("JIU/REP/2014/8")
        .contains("Bangkok (TH)")
        .contains("RECOMMENDATION_OVERDUE");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void summaryCountsPostsRelocatedToNoStatedDestinationInANotStatedRow() throws IOException {
    ProgressReport fixture = org.reformkit.examples.OversightFixture.report();
    org.reformkit.core.model.PostLine moved = fixture.programme().postLines().get(1);
    ProgressReport report =
        fixture.withProgramme(
            fixture
                .programme()
                .withPostLines(
                    fixture.programme().postLines().get(0),
                    moved.withRelocation(
                        moved.relocation().orElseThrow().withTo(java.util.Optional.empty()))));
    Path path = file("undecided.json", ReformJson.writer().write(report));

    assertThat(run("summary", path.toString())).isZero();

    assertThat(out.toString())
        .contains(
            "== Relocated posts by duty station"
                + NL
                + Analyses.postMovements(report).toTable(Locale.ENGLISH))
        .containsPattern("destination not stated +17 +0 +\\+17")
        .containsPattern("Geneva \\(CH\\) +0 +17 +-17")
        .doesNotContain("Bangkok (TH)")
        .doesNotContain("RELOCATION_SAME_PLACE");
    assertThat(err.toString()).isEmpty();
  }

  /** The oversight fixture with its relocated line placed at its destination, Bangkok. */
  private static ProgressReport withDutyStations() {
    ProgressReport fixture = org.reformkit.examples.OversightFixture.report();
    org.reformkit.core.model.PostLine moved = fixture.programme().postLines().get(1);
    return fixture.withProgramme(
        fixture
            .programme()
            .withPostLines(
                fixture.programme().postLines().get(0),
                moved.withLocation(moved.relocation().orElseThrow().to().orElseThrow())));
  }

  @Test
  void summaryShowsPostsByDutyStationWhenTheReportNamesDutyStations() throws IOException {
    ProgressReport report = withDutyStations();
    Path path = file("stations.json", ReformJson.writer().write(report));

    assertThat(run("summary", path.toString(), "--all")).isZero();

    String posts = Analyses.postSummary(report).toTable(Locale.ENGLISH).toString();
    assertThat(posts).containsPattern("duty station +Bangkok \\(TH\\) +17");
    assertThat(posts).containsPattern("duty station +not stated +22");
    assertThat(out.toString()).contains("== Posts" + NL + posts);
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void summaryNamesTheDutyStationDimensionInEachLanguage() throws IOException {
    Path path = file("stations.json", ReformJson.writer().write(withDutyStations()));
    String[][] cases = {{"zh", "工作地点"}, {"fr", "lieu d’affectation"}, {"es", "lugar de destino"}};
    for (String[] c : cases) {
      out.getBuffer().setLength(0);

      assertThat(run("summary", path.toString(), "--lang", c[0])).isZero();

      assertThat(out.toString()).as(c[0]).contains(c[1]);
    }
  }

  @Test
  void summaryInChineseNamesTheNewSectionsInChinese() throws IOException {
    Path path =
        file(
            "oversight.json",
            ReformJson.writer().write(org.reformkit.examples.OversightFixture.report()));

    assertThat(run("summary", path.toString(), "--lang", "zh")).isZero();

    assertThat(out.toString()).contains("== 监督机构的建议").contains("所述数目：").contains("== 按工作地点列出的调动职位");
  }

  @Test
  void summaryOfTheSeedHasNoRecommendationOrRelocationSection() {
    assertThat(run("summary", "--seed")).isZero();

    assertThat(out.toString())
        .doesNotContain("Recommendations of oversight bodies")
        .doesNotContain("Relocated posts")
        // no duty station is named in the seed: the posts section is as before
        .doesNotContain("duty station")
        .contains(
            "== Indicators"
                + NL
                + Analyses.indicatorProgress(SeedReport.november2015()).toTable(Locale.ENGLISH)
                + NL
                + "== Findings");
  }
}
