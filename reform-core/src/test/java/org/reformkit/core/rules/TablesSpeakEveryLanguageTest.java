package org.reformkit.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reformkit.core.analysis.Analyses;
import org.reformkit.core.analysis.PhaseTimeline;
import org.reformkit.core.analysis.PostSummary;
import org.reformkit.core.analysis.ReportComparison;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.OrgUnit;
import org.reformkit.core.model.OriginKind;
import org.reformkit.core.model.Phase;
import org.reformkit.core.model.PostLine;
import org.reformkit.core.model.PostOrigin;
import org.reformkit.core.model.PostShare;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.Status;
import org.reformkit.core.text.Bundle;

/**
 * Every word the rules and analyses print comes from the bundles, in all four languages: each key
 * is in each language, no table prints an English word under another language, and texts from the
 * data keep every language they have.
 */
class TablesSpeakEveryLanguageTest {
  private static final Bundle ANALYSIS_LABELS = Bundle.load(PhaseTimeline.class, "labels");
  private static final Bundle RULE_LABELS = Bundle.load(ValidationResult.class, "labels");
  private static final Bundle MESSAGES = Bundle.load(ValidationResult.class, "messages");
  private static final List<Bundle> BUNDLES = List.of(ANALYSIS_LABELS, RULE_LABELS, MESSAGES);

  @Test
  void everyKeyIsInEveryLanguageAndNoLanguageHasAKeyEnglishLacks() {
    for (Bundle bundle : BUNDLES) {
      for (String language : Bundle.LANGUAGES) {
        assertThat(bundle.language(language).keySet())
            .as("keys of %s in %s", bundle, language)
            .hasSameElementsAs(bundle.keys());
        bundle
            .language(language)
            .forEach((key, text) -> assertThat(text).as("%s in %s", key, language).isNotBlank());
      }
    }
  }

  @Test
  void everyLabelWithPlaceholdersHasTheSamePlaceholdersInEveryLanguage() {
    for (Bundle bundle : List.of(ANALYSIS_LABELS, RULE_LABELS)) {
      for (String key : bundle.keys()) {
        String english = bundle.language("en").get(key);
        for (String language : Bundle.LANGUAGES) {
          String text = bundle.language(language).get(key);
          for (int i = 0; i < 3; i++) {
            assertThat(text.contains("{" + i + "}"))
                .as("{%s} of %s in %s", i, key, language)
                .isEqualTo(english.contains("{" + i + "}"));
          }
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh", "fr", "es"})
  void noTablePrintsAnEnglishWordUnderAnotherLanguage(String language) {
    Locale locale = Locale.forLanguageTag(language);
    ProgressReport november = Fixtures.report();
    ProgressReport march = november.withAsOf(Fixtures.date("2015-03"));
    List<String> cells = new ArrayList<>();
    for (String table : tables(march, november, locale)) {
      table.lines().filter(l -> !l.startsWith("--")).forEach(l -> cells.addAll(cells(l)));
    }

    for (Bundle bundle : List.of(ANALYSIS_LABELS, RULE_LABELS)) {
      for (Map.Entry<String, String> english : bundle.language("en").entrySet()) {
        String own = bundle.language(language).get(english.getKey());
        if (own.equals(english.getValue())) {
          continue; // the same word in both languages ("Phase", "total", "info")
        }
        if (english.getValue().startsWith("{")) {
          continue; // no fixed word of its own to look for at the start of a cell
        }
        String word = english.getValue().replaceAll("\\{\\d}", "").strip();
        assertThat(cells)
            .as("%s under %s", english.getKey(), language)
            .noneMatch(
                c -> english.getValue().contains("{") ? c.startsWith(word + " ") : c.equals(word));
      }
    }
    assertThat(cells).as("the tables were printed").hasSizeGreaterThan(100);
  }

  @Test
  void theFrenchAndSpanishTablesSpeakTheirLanguage() {
    ProgressReport november = Fixtures.report();
    String french = String.join("\n", tables(november, november, Locale.FRENCH));
    String spanish = String.join("\n", tables(november, november, Locale.forLanguageTag("es")));

    assertThat(french)
        .contains("Engagement", "Début prévu", "Statut 2015-11-01", "Calendrier", "aucun constat");
    assertThat(spanish)
        .contains(
            "Compromiso", "Inicio previsto", "Estado 2015-11-01", "Calendario", "sin hallazgos");
    assertThat(ValidationResult.of(List.of(), Locale.FRENCH).table().toString())
        .startsWith("Gravité  Chemin  Message  Règle");
    assertThat(ValidationResult.empty().table(Locale.forLanguageTag("es")).toString())
        .startsWith("Gravedad  Ruta  Mensaje  Regla");
  }

  @Test
  void textsFromTheDataKeepEveryLanguageThroughTheAnalyses() {
    LocalizedText name =
        LocalizedText.zhEn("收集数据", "Data collection").and("fr", "Collecte des données");
    Phase phase = Fixtures.phase("x", Status.IN_PROGRESS).withName(name);
    ReformProgramme programme =
        Fixtures.replace(Fixtures.programme(), Fixtures.bpr().withPhases(phase));
    ProgressReport report = Fixtures.report().withProgramme(programme);

    LocalizedText label =
        PhaseTimeline.of(report.programme(), Fixtures.AS_OF).rows().stream()
            .flatMap(r -> r.phase().stream())
            .findFirst()
            .orElseThrow();
    assertThat(label.texts())
        .containsEntry("fr", "(x) Collecte des données")
        .containsEntry("zh", "(x) 收集数据")
        .containsEntry("en", "(x) Data collection");

    OrgUnit unit =
        OrgUnit.named(
            LocalizedText.zhEn("研究所", "Institute").and("fr", "Institut").and("de", "Institut DE"));
    PostLine line =
        Fixtures.hqLine().withOfWhich(PostShare.of(PostOrigin.transferredFrom(unit), 3));
    PostLine changed = line.withOfWhich(PostShare.of(PostOrigin.of(OriginKind.NEW), 3));
    ReportComparison comparison =
        Analyses.compare(
            report.withProgramme(report.programme().withPostLines(line)),
            report.withProgramme(report.programme().withPostLines(changed)));
    LocalizedText before =
        comparison.changes().stream()
            .filter(c -> c.path().toString().endsWith("ofWhich"))
            .findFirst()
            .orElseThrow()
            .oldValue()
            .orElseThrow();
    assertThat(before.texts())
        .containsEntry("fr", "transféré depuis Institut: 3")
        .containsEntry("es", "transferido desde Institute: 3")
        .containsEntry("zh", "从研究所转入: 3")
        .containsEntry("de", "transferred from Institut DE: 3");
  }

  private static List<String> tables(ProgressReport older, ProgressReport report, Locale locale) {
    PostSummary posts = Analyses.postSummary(report);
    return List.of(
        posts.toTable(locale).toString(),
        posts.entriesTable(locale).toString(),
        posts.statedTotalsTable(locale).toString(),
        Analyses.phaseTimeline(report).toTable(locale).toString(),
        Analyses.indicatorProgress(report).toTable(locale).toString(),
        Analyses.programmeProgress(report).toTable(locale).toString(),
        Analyses.compare(older, report).toTable(locale).toString(),
        RuleSet.standard().validate(report, locale).toString());
  }

  /** The cells of a printed table row: texts separated by two or more spaces. */
  private static List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    for (String cell : line.strip().split(" {2,}")) {
      cells.add(cell.strip());
    }
    return cells;
  }
}
