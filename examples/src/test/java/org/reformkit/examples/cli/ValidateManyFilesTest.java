package org.reformkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reform validate} over a directory or a glob: one line per file, in order, and totals. */
class ValidateManyFilesTest {
  private static final String NL = System.lineSeparator();
  private static final Path SEED_FILE =
      Path.of("src/main/resources/org/reformkit/examples/seed-2015-11.json");

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private Path reports;

  private int run(String... args) {
    return ReformCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
        .execute(args);
  }

  /** reports/a.json and reports/sub/c.json are the seed; reports/sub/b.json is cut short. */
  @BeforeEach
  void writeReports() throws IOException {
    reports = Files.createDirectories(dir.resolve("reports"));
    Path sub = Files.createDirectories(reports.resolve("sub"));
    String seed = Files.readString(SEED_FILE, StandardCharsets.UTF_8);
    Files.writeString(reports.resolve("a.json"), seed, StandardCharsets.UTF_8);
    Files.writeString(sub.resolve("b.json"), seed.substring(0, 100), StandardCharsets.UTF_8);
    Files.writeString(sub.resolve("c.json"), seed, StandardCharsets.UTF_8);
    Files.writeString(reports.resolve("notes.txt"), "not a report", StandardCharsets.UTF_8);
  }

  @Test
  void aDirectoryIsCheckedFileByFileInPathOrderWithOneLineEachAndTheTotals() {
    assertThat(run("validate", reports.toString())).isEqualTo(2);
    assertThat(out.toString())
        .isEqualTo(
            reports.resolve("a.json")
                + ": 9 findings (0 errors, 9 warnings)"
                + NL
                + reports.resolve("sub/c.json")
                + ": 9 findings (0 errors, 9 warnings)"
                + NL
                + "3 files: 0 with error findings, 1 unreadable; 18 findings (0 errors, 18"
                + " warnings)"
                + NL);
    assertThat(err.toString())
        .startsWith("reform: " + reports.resolve("sub/b.json") + ": the document ends ")
        .endsWith(NL)
        .doesNotContain("Exception");
  }

  @Test
  void theOrderAndTheTotalsDoNotDependOnHowManyFilesAreCheckedAtOnce() {
    run("validate", "--jobs", "1", reports.toString());
    String oneAtATime = out.toString();
    out.getBuffer().setLength(0);
    run("validate", "--jobs", "3", reports.toString(), reports.toString());
    assertThat(out.toString().lines().filter(line -> line.startsWith(reports.toString())))
        .containsExactly(
            reports.resolve("a.json") + ": 9 findings (0 errors, 9 warnings)",
            reports.resolve("sub/c.json") + ": 9 findings (0 errors, 9 warnings)",
            reports.resolve("a.json") + ": 9 findings (0 errors, 9 warnings)",
            reports.resolve("sub/c.json") + ": 9 findings (0 errors, 9 warnings)");
    assertThat(oneAtATime).contains("3 files: 0 with error findings, 1 unreadable;");
    assertThat(out.toString()).contains("6 files: 0 with error findings, 2 unreadable;");
  }

  @Test
  void aGlobMatchesFilesRelativeToItsFixedPart() {
    assertThat(run("validate", reports + "/sub/*.json")).isEqualTo(2);
    assertThat(out.toString())
        .startsWith(reports.resolve("sub/c.json") + ": 9 findings (0 errors, 9 warnings)" + NL)
        .contains("2 files: 0 with error findings, 1 unreadable;");
    out.getBuffer().setLength(0);
    assertThat(run("validate", reports + "/a.*")).isZero();
    assertThat(out.toString())
        .isEqualTo(reports.resolve("a.json") + ": 9 findings (0 errors, 9 warnings)" + NL);
  }

  @Test
  void aGlobThatMatchesNothingIsAnUnreadableSourceNamedOnOneLine() {
    Path glob = reports.resolve("*.xml");
    assertThat(run("validate", glob.toString())).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("reform: " + glob + ": matches no file" + NL);
  }

  @Test
  void aFileNamedOnItsOwnStillListsItsFindings() {
    assertThat(run("validate", reports.resolve("a.json").toString(), reports.toString()))
        .isEqualTo(2);
    String[] lines = out.toString().split(NL);
    assertThat(lines[0])
        .isEqualTo(reports.resolve("a.json") + ": 9 findings (0 errors, 9 warnings)");
    assertThat(lines[1]).startsWith("  warning ");
    assertThat(lines).hasSize(1 + 9 + 2 + 1);
  }

  @Test
  void theTotalsSpeakTheChosenLanguage() {
    run("validate", "--lang", "zh", reports.toString());
    assertThat(out.toString()).endsWith("3 个文件：0 个有错误，1 个无法读取；18 条检查结果（0 个错误，18 个警告）" + NL);
  }

  @Test
  void jsonOutputGivesEachFileOfTheDirectory() {
    run("validate", "--format", "json", reports.toString());
    assertThat(out.toString())
        .contains("\"file\":\"" + reports.resolve("sub/b.json") + "\",\"status\":\"unreadable\"")
        .contains("\"filesWithErrors\":0,\"unreadableFiles\":1,\"status\":2");
  }

  @Test
  void aNameThatIsNoValidGlobIsAFileName() {
    Path odd = reports.resolve("no[31m.json");
    assertThat(run("validate", odd.toString())).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("reform: " + odd + ": no such file" + NL);
  }

  @Test
  void theReadmesExampleIsWhatTheToolPrintsOnTheTwoExampleReports() throws IOException {
    Path examples = Files.createDirectories(dir.resolve("examples/reports"));
    for (String name : new String[] {"seed-2015-11.json", "who-2016-01.json"}) {
      Files.copy(SEED_FILE.resolveSibling(name), examples.resolve(name));
    }
    assertThat(run("validate", examples.toString())).isZero();
    String printed = out.toString().replace(examples.getParent() + "/", "").replace(NL, "\n");
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    assertThat(readme).contains("$ examples/reform validate reports/\n" + printed + "```");
  }
}
