package org.reformkit.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LocalizedTextTest {
  private static final LocalizedText BPR = LocalizedText.zhEn("业务流程审查", "Business process review");

  @Test
  void picksTheExactLanguageTagFirst() {
    LocalizedText text = LocalizedText.of("zh", "简体").and("zh-Hant", "繁體").and("en", "English");

    assertThat(text.in(Locale.forLanguageTag("zh-Hant"))).isEqualTo("繁體");
    assertThat(text.in(Locale.forLanguageTag("zh"))).isEqualTo("简体");
  }

  @Test
  void fallsBackToTheLanguageWithoutItsRegion() {
    assertThat(BPR.in(Locale.CHINA)).isEqualTo("业务流程审查");
    assertThat(BPR.in(Locale.UK)).isEqualTo("Business process review");
  }

  @Test
  void fallsBackToAVariantOfTheSameLanguage() {
    LocalizedText text = LocalizedText.of("en", "English").and("pt-BR", "Português");

    assertThat(text.in(Locale.forLanguageTag("pt"))).isEqualTo("Português");
  }

  @Test
  void fallsBackToEnglishThenToTheFirstLanguageGiven() {
    assertThat(BPR.in(Locale.FRENCH)).isEqualTo("Business process review");
    assertThat(BPR.in(Locale.ROOT)).isEqualTo("Business process review");

    LocalizedText noEnglish = LocalizedText.of("zh", "数据收集").and("fr", "Collecte des données");
    assertThat(noEnglish.in(Locale.GERMAN)).isEqualTo("数据收集");
    assertThat(noEnglish.in(Locale.FRANCE)).isEqualTo("Collecte des données");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"ZH, zh", "En, en", "zh-hant-tw, zh-Hant-TW", "EN-us, en-US", "pt-br, pt-BR"})
  void normalisesLanguageTags(String given, String normal) {
    LocalizedText text = LocalizedText.of(given, "x");

    assertThat(text.texts()).containsOnlyKeys(normal);
    assertThat(text).isEqualTo(LocalizedText.of(normal, "x"));
    assertThat(text.get(given)).contains("x");
    assertThat(text.get(normal)).contains("x");
  }

  @Test
  void keepsTheOrderTheLanguagesWereGivenIn() {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("FR", "b");
    texts.put("zh", "a");
    texts.put("EN", "c");

    assertThat(LocalizedText.of(texts).texts().keySet()).containsExactly("fr", "zh", "en");
  }

  @Test
  void addsOrReplacesALanguageWithAnd() {
    LocalizedText replaced = BPR.and("EN", "BPR");

    assertThat(replaced.get("en")).contains("BPR");
    assertThat(replaced.get("zh")).contains("业务流程审查");
    assertThat(replaced.texts()).hasSize(2);
    assertThat(BPR.get("en")).contains("Business process review");
    assertThat(BPR.and("fr", "Examen").texts()).containsKeys("zh", "en", "fr");
    assertThat(BPR.get("fr")).isEmpty();
  }

  @Test
  void printsOneLanguageAsItsTextAndSeveralWithTheirTags() {
    assertThat(LocalizedText.of("en", "Business process review"))
        .hasToString("Business process review");
    assertThat(BPR).hasToString("zh: 业务流程审查 | en: Business process review");
  }

  @Test
  void refusesATextWithoutALanguage() {
    assertThatThrownBy(() -> LocalizedText.of(ImmutableMap.of()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("text must have at least one language");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\n", "\u2003"})
  void refusesABlankTextNamingItsLanguage(String blank) {
    assertThatThrownBy(() -> LocalizedText.of("en", blank))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("text in 'en' must not be blank");
    assertThatThrownBy(() -> BPR.and("fr", blank))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("must not be blank");
  }

  @ParameterizedTest
  @ValueSource(strings = {"not a tag!", "en_US", "x-private", "und", "12", "e"})
  void refusesABadLanguageTagNamingIt(String tag) {
    assertThatThrownBy(() -> LocalizedText.of(tag, "text"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("language tag '" + tag + "' is not a BCP 47 language tag such as 'en' or 'zh'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  "})
  void refusesABlankLanguageTag(String tag) {
    assertThatThrownBy(() -> LocalizedText.of(tag, "text"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("language tag must not be blank");
  }

  @Test
  void refusesTwoTextsForTheSameLanguageSpelledDifferently() {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("ZH", "一");
    texts.put("zh", "二");

    assertThatThrownBy(() -> LocalizedText.of(texts))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("'ZH' and 'zh' are the same language 'zh'");
  }

  @Test
  void comparesByValue() {
    assertThat(LocalizedText.zhEn("a", "b"))
        .isEqualTo(LocalizedText.of("zh", "a").and("en", "b"))
        .hasSameHashCodeAs(LocalizedText.of("zh", "a").and("en", "b"))
        .isNotEqualTo(LocalizedText.zhEn("a", "c"));
  }
}
