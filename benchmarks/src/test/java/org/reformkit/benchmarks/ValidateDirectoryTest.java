package org.reformkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformkit.benchmarks.data.ProgrammeGenerator;
import org.reformkit.benchmarks.data.ProgrammeSize;
import org.reformkit.examples.cli.ReformCli;
import org.reformkit.json.Layout;
import org.reformkit.json.ReformJson;

/**
 * {@code reform validate DIR} on the 200 agency-size reports a reform office might receive, one per
 * country office: every file gets its line, in path order, and the totals add them up.
 */
class ValidateDirectoryTest {
  private static final int FILES = 200;

  @TempDir Path dir;

  @Test
  void twoHundredAgencySizeReportsAreCheckedWithOneLineEachAndTheTotals() throws IOException {
    Path first = dir.resolve("office-000.json");
    ReformJson.writeReport(
        ProgrammeGenerator.report(ProgrammeSize.AGENCY, ProgrammeGenerator.DEFAULT_SEED),
        Layout.COMPACT,
        first);
    for (int i = 1; i < FILES; i++) {
      // the same bytes under 200 names: each is read and checked on its own
      Files.createLink(dir.resolve(String.format("office-%03d.json", i)), first);
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status =
        ReformCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
            .execute("validate", dir.toString());

    List<String> lines = out.toString().lines().collect(Collectors.toList());
    assertThat(err.toString()).isEmpty();
    assertThat(lines).hasSize(FILES + 1);
    String firstLine = lines.get(0);
    assertThat(firstLine).startsWith(first + ": ");
    String counts = firstLine.substring(firstLine.indexOf(": ") + 2);
    for (int i = 0; i < FILES; i++) {
      assertThat(lines.get(i))
          .isEqualTo(dir.resolve(String.format("office-%03d.json", i)) + ": " + counts);
    }
    long findings = Long.parseLong(counts.substring(0, counts.indexOf(' ')));
    assertThat(lines.get(FILES))
        .startsWith(FILES + " files: ")
        .contains(", 0 unreadable; " + FILES * findings + " findings");
    assertThat(status).isEqualTo(counts.contains("(0 errors") ? 0 : 1);
  }
}
