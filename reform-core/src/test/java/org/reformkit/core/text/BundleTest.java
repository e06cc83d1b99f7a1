package org.reformkit.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A bundle family: one file per language, English the fallback, placeholders filled as given. */
class BundleTest {
  private static final Bundle SAMPLE = Bundle.load(BundleTest.class, "sample");

  @Test
  void findsTheTextInTheLocalesLanguage() {
    assertThat(SAMPLE.text("greeting", Locale.ENGLISH)).isEqualTo("hello");
    assertThat(SAMPLE.text("greeting", Locale.CHINESE)).isEqualTo("你好");
    assertThat(SAMPLE.text("greeting", Locale.FRENCH)).isEqualTo("bonjour");
    assertThat(SAMPLE.text("greeting", Locale.forLanguageTag("es"))).isEqualTo("hola");
  }

  @Test
  void fallsBackToEnglishForAKeyOrALanguageItDoesNotHave() {
    assertThat(SAMPLE.text("onlyEnglish", Locale.FRENCH)).isEqualTo("only in English");
    assertThat(SAMPLE.text("greeting", Locale.GERMAN)).isEqualTo("hello");
    assertThat(SAMPLE.language("de")).isEmpty();
  }

  @Test
  void findsNothingAndRefusesAKeyNoFileHas() {
    assertThat(SAMPLE.find("missing", Locale.ENGLISH)).isEmpty();
    assertThatThrownBy(() -> SAMPLE.text("missing", Locale.ENGLISH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("missing")
        .hasMessageContaining("org.reformkit.core.text.sample");
  }

  @Test
  void fillsPlaceholdersWithTheTextsAsTheyAre() {
    assertThat(SAMPLE.format("statusOn", Locale.ENGLISH, "2015-11-01"))
        .isEqualTo("Status 2015-11-01");
    assertThat(SAMPLE.format("statusOn", Locale.CHINESE, "2015-11-01")).isEqualTo("2015-11-01 状态");
    assertThat(SAMPLE.format("pair", Locale.FRENCH, "l'un", "{1}")).isEqualTo("l'un et {1}");
  }

  @Test
  void listsTheKeysOfEnglishAndEachLanguageExactly() {
    assertThat(SAMPLE.keys()).containsExactly("greeting", "onlyEnglish", "pair", "statusOn");
    assertThat(SAMPLE.language("zh")).containsOnlyKeys("greeting", "pair", "statusOn");
    assertThat(SAMPLE).hasToString("Bundle[org.reformkit.core.text.sample]");
  }

  @Test
  void refusesAFamilyWithAMissingFile() {
    assertThatThrownBy(() -> Bundle.load(BundleTest.class, "absent"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("absent.properties");
  }
}
