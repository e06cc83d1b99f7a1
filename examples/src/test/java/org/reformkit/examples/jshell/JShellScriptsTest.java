package org.reformkit.examples.jshell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import org.junit.jupiter.api.Test;
import org.reformkit.core.analysis.Analyses;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.rules.RuleSet;
import org.reformkit.examples.March2015Snapshot;
import org.reformkit.examples.SeedReport;

/**
 * Runs the JShell scripts of {@code examples/jshell} through the JDK's {@code jdk.jshell} API,
 * snippet by snippet, and asserts on what they print, so that the scripts cannot rot: a snippet
 * that does not compile or throws fails the test.
 */
class JShellScriptsTest {
  private static final Path SCRIPTS = Paths.get("jshell");

  @Test
  void startupScriptLoadsTheSeedReportAndItsHelpersPrintTables() throws IOException {
    String out =
        run(
            "show(commitments());\nshow(phases(SeedReport.BUSINESS_PROCESS_REVIEW));\n"
                + "lang = Locale.CHINESE;\nshow(report.document().title());\nshow(programme.postLines().get(0).count());\n");
    assertThat(out)
        .startsWith(
            "reformkit: report = GB.325/INS/15/1 as of 2015-11; try validate(), summary(), diff()\n")
        .contains(
            "bpr                   in-progress  2 of 5                Review of administrative business processes\n")
        .contains(
            "dwcp-quality          in-progress               by 2015  Improving the quality assurance")
        .contains("(c)    in-progress                 Process redesign and options\n")
        .contains("(e)    not-started  2016           Implementation\n")
        .contains("第一份补充报告：内部改革的最新情况\n")
        .endsWith("22\n");
  }

  @Test
  void phasesScriptSaysHowManyPhasesAreDoneAndWhichIsCurrent() throws IOException {
    String out = run(script("phases.jsh"));
    assertThat(out)
        .contains("bpr: 2 of 5 phases completed; current: (c) Process redesign and options\n")
        .contains(
            Analyses.programmeProgress(SeedReport.november2015())
                .toTable(Locale.ENGLISH)
                .toString())
        .contains(
            Analyses.phaseTimeline(SeedReport.november2015()).toTable(Locale.ENGLISH).toString())
        .endsWith("overdue on 2016-03-01: 2\n");
  }

  @Test
  void postsScriptKeepsTheUnstatedShareHonest() throws IOException {
    String out = run(script("posts.jsh"));
    assertThat(out)
        .contains("posts by location: {HEADQUARTERS=22, FIELD=17}\n")
        .contains("sum of post lines: 39 (the report states no total)\n")
        .contains(
            "hq-policy-technical: of its 22, some (number not stated) are transferred from"
                + " International Institute for Labour Studies\n")
        .contains("field-technical         17  field")
        .contains("total by the analysis: 39\n")
        .endsWith(
            Analyses.postSummary(SeedReport.november2015()).toTable(Locale.ENGLISH).toString());
  }

  @Test
  void dueScriptListsWhatIsDueByTheEndOf2015() throws IOException {
    String out = run(script("due.jsh"));
    assertThat(out)
        .contains("milestone remaining-items-2015  by 2015  2015-12-31           yes\n")
        .contains("milestone hr-report-2016-03     2016-03  2016-03-31           no\n")
        .contains("commitment dwcp-quality         by 2015  2015-12-31           yes\n")
        .contains("commitment indirect-costs       by 2015  2015-12-31           yes\n")
        .endsWith(
            Analyses.indicatorProgress(SeedReport.november2015())
                .toTable(Locale.ENGLISH)
                .toString());
  }

  @Test
  void oneLinersValidateSummariseAndCompareTheSeedReport() throws IOException {
    ProgressReport seed = SeedReport.november2015();
    ProgressReport march = March2015Snapshot.reconstructed();
    String out =
        run(
            "show(validate());\nsummary();\nshow(diff());\n"
                + "show(read(\"src/main/resources/org/reformkit/examples/seed-2015-11.json\").equals(report));\n");
    assertThat(out)
        .contains(RuleSet.standard().validate(seed, Locale.ENGLISH).toString())
        .contains("0 errors, 9 warnings, 0 info")
        .contains(
            Analyses.programmeProgress(seed).toTable(Locale.ENGLISH).toString()
                + Analyses.phaseTimeline(seed).toTable(Locale.ENGLISH)
                + Analyses.postSummary(seed).toTable(Locale.ENGLISH)
                + Analyses.indicatorProgress(seed).toTable(Locale.ENGLISH))
        .contains(Analyses.compare(march, seed).toTable(Locale.ENGLISH).toString())
        .containsPattern(
            "commitments\\[bpr\\]\\.phases\\[c\\]\\.status +status forward +not started +in progress")
        .endsWith("true\n");
  }

  @Test
  void oneLinersSpeakChineseWhenAsked() throws IOException {
    String out =
        run(
            "lang = Locale.CHINESE;\nshow(diff());\nshow(validate().findings().get(0).message());\n");
    assertThat(out).contains("状态前进").doesNotContain("status forward");
    assertThat(out).doesNotContain("has no indicator with a target");
  }

  @Test
  void launcherOpensJshellWithTheStartupScriptAndTheLibraries() throws IOException {
    String launcher = Files.readString(SCRIPTS.resolve("reform-jshell"));
    assertThat(SCRIPTS.resolve("reform-jshell")).isExecutable();
    assertThat(launcher)
        .contains("--startup DEFAULT --startup \"$here/reform.jsh\"")
        .contains("target/reformkit-examples.jar")
        .contains("\"$examples\"/target/lib/*.jar");
  }

  private static String script(String name) throws IOException {
    return Files.readString(SCRIPTS.resolve(name), StandardCharsets.UTF_8);
  }

  /** Runs reform.jsh, then the given code, in a fresh JShell; returns everything printed. */
  private static String run(String code) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream printed = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    try (JShell shell =
        JShell.builder()
            .out(printed)
            .err(printed)
            .remoteVMOptions("-Dfile.encoding=UTF-8")
            .build()) {
      Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
          .filter(entry -> !entry.isBlank() && Files.exists(Paths.get(entry)))
          .forEach(shell::addToClasspath);
      evaluate(shell, script("reform.jsh"), "reform.jsh");
      evaluate(shell, code, "the script");
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** Splits source into snippets as JShell would and evaluates each; fails on any error. */
  private static void evaluate(JShell shell, String source, String name) {
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    String remaining = source;
    while (!remaining.isBlank()) {
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
      if (info.completeness() == Completeness.EMPTY) {
        break;
      }
      if (!info.completeness().isComplete()) {
        fail("%s ends with an incomplete snippet: %s", name, remaining);
      }
      String snippet = info.source();
      remaining = info.remaining();
      for (SnippetEvent event : shell.eval(snippet)) {
        if (event.exception() != null) {
          fail("%s: snippet threw %s%n%s", name, event.exception(), snippet);
        }
        if (event.causeSnippet() == null && event.status() != Snippet.Status.VALID) {
          String diagnostics =
              shell
                  .diagnostics(event.snippet())
                  .map(d -> d.getMessage(null))
                  .collect(Collectors.joining("; "));
          fail("%s: snippet is %s: %s%n%s", name, event.status(), diagnostics, snippet);
        }
      }
    }
  }
}
