package org.reformkit.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformkit.core.model.ProgressReport;

/**
 * A workbook the writer makes opens in LibreOffice Calc: Debian's {@code libreoffice-calc-nogui}
 * ({@code .ci/install-libreoffice}) converts each sheet to CSV headless, and each CSV holds what
 * was written, cell for cell. Skipped only when {@code soffice} is absent outside CI; in CI ({@code
 * CI=true}) a missing {@code soffice} fails the test.
 */
class LibreOfficeTest {
  /** Every kind of sheet has a row: money, risks, recommendations and relocations too. */
  private static final ProgressReport REPORT = Fixture.reportWithMoneyRisksAndOversight();

  @TempDir Path dir;

  @Test
  void libreOfficeReadsEverySheetOfAWorkbookWithTheValuesWritten() throws Exception {
    Optional<Path> soffice = soffice();
    if (soffice.isEmpty()) {
      if ("true".equals(System.getenv("CI"))) {
        fail("soffice is not installed: CI runs .ci/install-libreoffice before the build");
      }
      Assumptions.abort(
          "soffice (LibreOffice) is not installed: run .ci/install-libreoffice to run this test");
    }
    Path workbook = dir.resolve("report.xlsx");
    ReformSheets.writer().write(REPORT, workbook);

    Process process =
        new ProcessBuilder(
                soffice.get().toString(),
                "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless",
                "--convert-to",
                // UTF-8 (76), comma, double quote, every sheet to a file of its own (-1)
                "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
                "--outdir",
                dir.resolve("out").toString(),
                workbook.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("soffice.log").toFile())
            .start();
    assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("soffice finished").isTrue();
    assertThat(process.exitValue()).as(Files.readString(dir.resolve("soffice.log"))).isZero();

    List<String> compared = new ArrayList<>();
    for (Table table : Tables.of(Optional.of(Contents.of(REPORT)), Locale.ENGLISH)) {
      if (!table.lines().isEmpty()) {
        compared.add(table.name());
      }
      Path csv = dir.resolve("out").resolve("report-" + table.name() + ".csv");
      List<List<String>> expected = new ArrayList<>();
      expected.add(table.header());
      table.lines().forEach(line -> expected.add(line.cells()));
      assertThat(records(csv)).as(table.name()).isEqualTo(expected);
    }
    assertThat(compared)
        .as("sheets compared with rows in them")
        .contains(
            "FinancialLines",
            "FinanceTotals",
            "Risks",
            "Recommendations",
            "RecommendationActions",
            "RecommendationTotals",
            "PostLines");
  }

  private static List<List<String>> records(Path csv) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      for (CSVRecord record : CSVFormat.RFC4180.parse(in)) {
        rows.add(record.toList());
      }
    }
    return rows;
  }

  private static Optional<Path> soffice() {
    for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(directory, "soffice");
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
