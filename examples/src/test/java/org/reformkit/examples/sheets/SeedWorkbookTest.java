package org.reformkit.examples.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.examples.fao.FaoReform2013;
import org.reformkit.examples.who.WhoEmro2015;
import org.reformkit.json.ReformJson;
import org.reformkit.sheets.ReformSheets;

/**
 * The seed report (GB.325/INS/15/1), the WHO and FAO reports and the EMRO programme as workbooks:
 * each read back is the report, and the workbook shipped beside the seed's JSON holds the same
 * report.
 */
class SeedWorkbookTest {
  private static final Path RESOURCES = Path.of("src/main/resources/org/reformkit/examples");

  /** The committed seed workbook; regenerate with {@code -Dreformkit.regenerate=true}. */
  static final Path SEED_WORKBOOK = RESOURCES.resolve("seed-2015-11.xlsx");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "seed-2015-11.json",
        "seed-2015-03-reconstructed.json",
        "who-2016-01.json",
        "fao-2013-03.json"
      })
  void everyExampleReportReadsBackEqualFromAWorkbookWithHeadersInEachLanguage(String name) {
    ProgressReport report = ReformJson.readReport(RESOURCES.resolve(name));
    for (String language : new String[] {"en", "zh", "fr", "es"}) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ReformSheets.writer().withLanguage(Locale.forLanguageTag(language)).write(report, out);
      assertThat(ReformSheets.reader().read(new ByteArrayInputStream(out.toByteArray())))
          .as(name + " with headers in " + language)
          .isEqualTo(report);
    }
  }

  @Test
  void theFaoReportWithItsRecommendationsReadsBackEqualFromAWorkbook() {
    ProgressReport fao = FaoReform2013.march2013();
    assertThat(fao.programme().recommendations().isEmpty()).isFalse();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReformSheets.writer().write(fao, out);
    assertThat(ReformSheets.reader().read(new ByteArrayInputStream(out.toByteArray())))
        .isEqualTo(fao);
  }

  @Test
  void theEmroProgrammeWithItsMoneyReadsBackEqualFromAWorkbook() {
    ReformProgramme emro = WhoEmro2015.programme();
    assertThat(emro.finances().isEmpty()).isFalse();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReformSheets.writer().write(emro, out);
    assertThat(ReformSheets.reader().readProgramme(new ByteArrayInputStream(out.toByteArray())))
        .isEqualTo(emro);
  }

  @Test
  void theShippedSeedWorkbookHoldsTheSeedReport() throws Exception {
    ProgressReport seed = ReformJson.readReport(RESOURCES.resolve("seed-2015-11.json"));
    if (Boolean.getBoolean("reformkit.regenerate")) {
      ReformSheets.writer().write(seed, SEED_WORKBOOK);
    }
    assertThat(Files.exists(SEED_WORKBOOK))
        .as("run once with -Dreformkit.regenerate=true to write " + SEED_WORKBOOK)
        .isTrue();
    assertThat(ReformSheets.reader().read(SEED_WORKBOOK)).isEqualTo(seed);
  }
}
