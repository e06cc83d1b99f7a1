package org.reformkit.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformkit.core.text.Bundle;

class FacadeTest {
  @TempDir Path dir;

  @Test
  void theTemplateHasEverySheetWithItsHeaderAndNoRow() {
    byte[] template = ReformSheets.template(Locale.FRENCH);
    List<Table> tables = Workbooks.read(template, "t", SheetLimits.defaults(), new Problems());

    assertThat(tables)
        .extracting(Table::name)
        .hasSize(Layout.WRITTEN.size())
        .contains("Phases", "Engagements de réforme", "Jalons");
    assertThat(tables).allSatisfy(t -> assertThat(t.lines()).isEmpty());
    assertThat(tables.get(3).header()).startsWith("engagement", "identifiant", "nom.en", "nom.zh");
  }

  @Test
  void theTemplateWrittenAsCsvFilesHasOneFilePerSheet() throws Exception {
    ReformSheets.template(Locale.CHINESE, dir.resolve("csv"));
    ReformSheets.template(Locale.ENGLISH, dir.resolve("tracker.xlsx"));

    try (var files = Files.list(dir.resolve("csv"))) {
      assertThat(files.count()).isEqualTo(Layout.WRITTEN.size());
    }
    assertThat(Files.readString(dir.resolve("csv").resolve("阶段.csv")))
        .startsWith("承诺,标识,名称.en,名称.zh,名称.fr,名称.es,状态");
    assertThat(Files.size(dir.resolve("tracker.xlsx"))).isPositive();
  }

  @Test
  void aWorkbookWithoutReportOrProgrammeSaysWhichSheetMustHaveItsRow() {
    ReformSheetsException e =
        catchThrowableOfType(
            ReformSheetsException.class,
            () ->
                ReformSheets.reader()
                    .read(new ByteArrayInputStream(ReformSheets.template(Locale.ENGLISH))));

    assertThat(e).hasMessage("workbook: no report: the sheet Report must have one row");
  }

  @Test
  void theWriterKeepsItsLanguageAndTheCallersStreamOpen() {
    var writer = ReformSheets.writer();
    assertThat(writer.language()).isEqualTo(Locale.ENGLISH);
    assertThat(writer.withLanguage(Locale.CHINESE).language()).isEqualTo(Locale.CHINESE);
    assertThat(writer.language()).isEqualTo(Locale.ENGLISH);
    var out =
        new java.io.ByteArrayOutputStream() {
          boolean closed;

          @Override
          public void close() {
            closed = true;
          }
        };
    writer.write(Fixture.report(), out);
    assertThat(out.closed).isFalse();
    assertThat(out.size()).isPositive();
  }

  @Test
  void aProblemNamesItsCellRowOrSheet() {
    assertThat(new SheetProblem("Phases", 7, "D", "bad").toString()).isEqualTo("Phases!D7: bad");
    assertThat(new SheetProblem("Phases", 7, "", "bad").cell()).isEqualTo("Phases!7");
    assertThat(new SheetProblem("Phases", 0, "", "bad").cell()).isEqualTo("Phases");
    assertThat(SheetProblem.columnLetters(0)).isEqualTo("A");
    assertThat(SheetProblem.columnLetters(25)).isEqualTo("Z");
    assertThat(SheetProblem.columnLetters(26)).isEqualTo("AA");
    assertThat(SheetProblem.columnLetters(701)).isEqualTo("ZZ");
    assertThat(SheetProblem.columnLetters(702)).isEqualTo("AAA");
  }

  @Test
  void everyHeaderKeyIsInTheFourBundlesAndNoTwoColumnsOfASheetShareAHeader() {
    Bundle bundle = Bundle.load(Headers.class, "headers");
    for (String language : Bundle.LANGUAGES) {
      assertThat(bundle.language(language).keySet()).as(language).isEqualTo(bundle.keys());
      for (SheetMapping mapping : Layout.WRITTEN) {
        Locale locale = Locale.forLanguageTag(language);
        List<String> headers =
            Tables.of(Optional.empty(), locale).stream()
                .filter(t -> t.name().equals(Headers.get().sheet(mapping.name(), locale)))
                .findFirst()
                .orElseThrow()
                .header();
        assertThat(headers).as(mapping.name() + " in " + language).doesNotHaveDuplicates();
      }
    }
    assertThat(bundle.language("zh").values()).noneMatch(v -> v.matches("[A-Za-z. ]+"));
  }

  @Test
  void escapesWhatXmlCannotHoldAndReadsItBack() {
    String text = "a\u0000b\rc\u001fd_x0041_e\uffff\tf\ng";
    String escaped = Escapes.escape(text);

    assertThat(escaped).isEqualTo("a_x0000_b_x000D_c_x001F_d_x005F_x0041_e_xFFFF_\tf\ng");
    assertThat(Escapes.unescape(escaped)).isEqualTo(text);
    assertThat(Escapes.escape("plain")).isSameAs("plain");
    assertThat(Escapes.unescape("_x12_ _xZZZZ_ _x0041")).isEqualTo("_x12_ _xZZZZ_ _x0041");
  }
}
