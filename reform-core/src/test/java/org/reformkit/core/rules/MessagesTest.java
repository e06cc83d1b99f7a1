package org.reformkit.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.reformkit.core.model.Acceptance;
import org.reformkit.core.model.CommitmentId;
import org.reformkit.core.model.Grade;
import org.reformkit.core.model.ImplementationStatus;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.LocationKind;
import org.reformkit.core.model.MeasureKind;
import org.reformkit.core.model.OriginKind;
import org.reformkit.core.model.PostCategory;
import org.reformkit.core.model.PostStatus;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.Status;

class MessagesTest {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
  private static final List<String> LANGUAGES = List.of("", "zh", "fr", "es");

  private static List<String> allKeys() {
    List<String> keys = new ArrayList<>();
    for (Rule<?> rule : RuleSet.standard().rules()) {
      ((DefinedRule<?>) rule).messageKeys().forEach(key -> keys.add(key.key()));
    }
    return keys;
  }

  private static TreeSet<Integer> placeholders(String pattern) {
    TreeSet<Integer> found = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(pattern);
    while (matcher.find()) {
      found.add(Integer.parseInt(matcher.group(1)));
    }
    return found;
  }

  @Test
  void everyStandardRuleHasItsMessagesInEnglishChineseFrenchAndSpanish() {
    for (Rule<?> rule : RuleSet.standard().rules()) {
      assertThat(((DefinedRule<?>) rule).messageKeys()).as(rule.code()).isNotEmpty();
    }
    for (String key : allKeys()) {
      for (String language : LANGUAGES) {
        assertThat(Messages.bundle(language)).as("%s in '%s'", key, language).containsKey(key);
      }
    }
  }

  @Test
  void everyStandardRuleDeclaresExactlyTheMessagesItsCodeHasInTheBundles() {
    for (Rule<?> rule : RuleSet.standard().rules()) {
      String code = rule.code();
      assertThat(((DefinedRule<?>) rule).messageKeys())
          .extracting(MessageKey::key)
          .as(code)
          .hasSameElementsAs(
              Messages.bundle("").keySet().stream()
                  .filter(k -> k.equals(code) || k.startsWith(code + "."))
                  .toList());
    }
  }

  @Test
  void everyBundleKeyBelongsToARuleOrAnEnumConstant() {
    List<String> known = allKeys();
    for (String language : LANGUAGES) {
      assertThat(Messages.bundle(language).keySet())
          .as(language)
          .allMatch(k -> known.contains(k) || k.startsWith("enum."));
      assertThat(Messages.bundle(language).keySet())
          .hasSameElementsAs(Messages.bundle("").keySet());
    }
  }

  @Test
  void translatedMessagesFillTheSamePlaceholdersAsEnglishOnes() {
    for (String key : allKeys()) {
      for (String language : List.of("zh", "fr", "es")) {
        assertThat(placeholders(Messages.bundle(language).get(key)))
            .as("%s in '%s'", key, language)
            .isEqualTo(placeholders(Messages.bundle("").get(key)));
      }
    }
  }

  @Test
  void apostrophesInPatternsAreDoubled() {
    for (String language : LANGUAGES) {
      Messages.bundle(language)
          .forEach(
              (key, pattern) ->
                  assertThat(pattern.replace("''", ""))
                      .as("%s in '%s'", key, language)
                      .doesNotContain("'"));
    }
  }

  @Test
  void enumConstantsUsedInMessagesHaveNamesInEveryLanguage() {
    List<Enum<?>> constants = new ArrayList<>();
    constants.addAll(List.of(Status.values()));
    constants.addAll(List.of(OriginKind.values()));
    constants.addAll(List.of(PostStatus.values()));
    constants.addAll(List.of(PostCategory.values()));
    constants.addAll(List.of(MeasureKind.values()));
    constants.addAll(List.of(LocationKind.values()));
    constants.addAll(List.of(Acceptance.values()));
    constants.addAll(List.of(ImplementationStatus.values()));
    for (Enum<?> constant : constants) {
      String key = "enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name();
      for (String language : LANGUAGES) {
        assertThat(Messages.bundle(language)).as("%s in '%s'", key, language).containsKey(key);
      }
    }
  }

  /** A report in which most rules fire, so that their messages can be checked as formatted. */
  private static ProgressReport brokenReport() {
    ReformProgramme p = Fixtures.programme();
    p =
        Fixtures.replace(
            p,
            Fixtures.bpr()
                .withStatus(Status.COMPLETED)
                .withDependsOn(CommitmentId.of("bpr"))
                .withPhases(
                    Fixtures.bprPhase("a").withActualEnd(Optional.empty()),
                    Fixtures.bprPhase("b").withActualEnd(Fixtures.date("2015-06")),
                    Fixtures.bprPhase("c").withPlannedEnd(Fixtures.date("2015-01")),
                    Fixtures.bprPhase("d").withActualStart(Fixtures.date("2016-02")),
                    Fixtures.bprPhase("e").withStatus(Status.IN_PROGRESS)));
    p =
        p.withPostLines(
                Fixtures.hqLine().withGrade(Grade.NO_A),
                Fixtures.fieldLine().withCount(0).withGrade(Grade.G_3))
            .withEngagements()
            .withIndicators(
                Fixtures.indicator(
                    "share",
                    "nowhere",
                    MeasureKind.COUNT,
                    org.reformkit.core.model.IndicatorValue.percentage(
                        new java.math.BigDecimal("120"))));
    return Fixtures.report()
        .withProgramme(p)
        .withDocument(
            Fixtures.document()
                .withAgendaItem("3")
                .withCover(Fixtures.document().cover().withPurpose(Optional.empty())));
  }

  @Test
  void formattedMessagesFillEveryPlaceholderInEveryLanguage() {
    ProgressReport report = brokenReport();
    for (Locale locale :
        List.of(Locale.ENGLISH, Locale.CHINESE, Locale.FRENCH, Locale.forLanguageTag("es"))) {
      ValidationResult result =
          RuleSet.standard().validate(report, Fixtures.CONTEXT.withLocale(locale));

      assertThat(result.codes().size()).isGreaterThanOrEqualTo(15);
      for (Finding finding : result.findings()) {
        assertThat(finding.message())
            .as(finding.toString())
            .doesNotContain("{")
            .doesNotContain("}");
        assertThat(finding.message()).isNotEqualTo(finding.messageKey());
        for (String language : LANGUAGES) {
          String pattern = Messages.bundle(language).get(finding.messageKey());
          assertThat(pattern).as(finding.messageKey()).isNotNull();
          placeholders(pattern)
              .forEach(
                  i -> assertThat(i).as(finding.messageKey()).isLessThan(finding.values().size()));
        }
      }
    }
  }

  @Test
  void frenchMessagesDoubleTheirApostrophes() {
    assertThat(
            Messages.format(
                MessageKey.of("PHASE_COMPLETED_WITHOUT_END"),
                ImmutableMap.<String, Object>of("phase", "a", "status", Status.COMPLETED)
                    .values()
                    .asList(),
                Locale.FRENCH))
        .isEqualTo("La phase a est « achevé » mais sa fin effective n'est pas indiquée");
  }

  @Test
  void unknownLanguageFallsBackToEnglish() {
    assertThat(
            Messages.format(
                MessageKey.of("PHASE_COMPLETED_WITHOUT_END"),
                ImmutableMap.<String, Object>of("phase", "a", "status", Status.COMPLETED)
                    .values()
                    .asList(),
                Locale.GERMAN))
        .isEqualTo("Phase a is completed but its actual end is not stated");
  }

  @Test
  void showsTheDataInAMessageWithItsTerminalEscapesAndOverridesEscaped() {
    String message =
        Messages.formatPattern(
            "{0} has the title {1}",
            ImmutableList.of("b\u202ec", LocalizedText.of("en", "clear\u001b[2J")), Locale.ENGLISH);
    assertThat(message).isEqualTo("b\\u202ec has the title clear\\u001b[2J");
  }
}
