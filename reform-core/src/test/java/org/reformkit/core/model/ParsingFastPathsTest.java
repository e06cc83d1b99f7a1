package org.reformkit.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Identifiers, plain dates and language tags are read without a pattern or a {@link Locale} on
 * their common path; each fast path must agree with the slow one it stands in for.
 */
class ParsingFastPathsTest {
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}");

  @Test
  void anIdentifierIsCheckedAsItsPatternWouldCheckIt() {
    qt().withFixedSeed(128L)
        .withExamples(20_000)
        .forAll(strings().ascii().ofLengthBetween(0, 130))
        .checkAssert(
            s ->
                assertThat(Checks.isIdentifier(s))
                    .as(s)
                    .isEqualTo(IDENTIFIER.matcher(s).matches()));
    qt().withFixedSeed(129L)
        .withExamples(2_000)
        .forAll(strings().betweenCodePoints('-', '~').ofLengthBetween(120, 132))
        .checkAssert(
            s ->
                assertThat(Checks.isIdentifier(s))
                    .as(s)
                    .isEqualTo(IDENTIFIER.matcher(s).matches()));
    for (String edge :
        new String[] {
          "", "a", "-a", ".a", "a-", "Z9", "a b", "é", "a\u0660", "x".repeat(128), "x".repeat(129)
        }) {
      assertThat(Checks.isIdentifier(edge)).as(edge).isEqualTo(IDENTIFIER.matcher(edge).matches());
    }
  }

  @Test
  void aCurrencyCodeIsCheckedAsItsPatternWouldCheckIt() {
    Pattern currency = Pattern.compile("[A-Z]{3}");
    qt().withFixedSeed(4217L)
        .withExamples(20_000)
        .forAll(strings().betweenCodePoints('@', '[').ofLengthBetween(0, 4))
        .checkAssert(
            s ->
                assertThat(IndicatorValues.isCurrencyCode(s))
                    .as(s)
                    .isEqualTo(currency.matcher(s).matches()));
  }

  /** The outcome of parsing: the date without its qualifier, or the message of the refusal. */
  private static Object outcome(String text) {
    Throwable refused = catchThrowable(() -> PartialDate.parse(text));
    return refused == null
        ? PartialDate.parse(text).qualified(DateQualifier.ON)
        : refused.getMessage();
  }

  @Test
  void aPlainDateParsesAsTheSameDateWrittenAfterAQualifier() {
    qt().withFixedSeed(2015L)
        .withExamples(20_000)
        .forAll(
            integers().between(0, 9_999), integers().between(-1, 13), integers().between(-1, 32))
        .checkAssert(
            (year, month, day) -> {
              String text = String.format(Locale.ROOT, "%04d", year);
              if (month >= 0) {
                text += String.format(Locale.ROOT, "-%02d", month);
                if (day >= 0) {
                  text += String.format(Locale.ROOT, "-%02d", day);
                }
              }
              Object plain = outcome(text);
              assertThat(plain).as(text).isEqualTo(outcome("about " + text));
              if (plain instanceof PartialDate date) {
                assertThat(date.qualifier()).isEqualTo(DateQualifier.ON);
                assertThat(PartialDate.parse(text).toString()).isEqualTo(text);
              }
            });
  }

  @Test
  void textsThatOnlyLookLikePlainDatesAreLeftToThePattern() {
    for (String text :
        new String[] {
          "2015-1",
          "20151",
          "2015/11",
          "2015-11/01",
          "201a",
          "2015-1a",
          "2015-11-0x",
          "\u0662\u0660\u0661\u0665"
        }) {
      assertThat(catchThrowable(() -> PartialDate.parse(text)))
          .as(text)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void everyTwoLetterLanguageIsNormalizedAsLocaleWritesItInEitherCase() {
    // lower case takes the table made once; upper case goes through Locale each time
    for (char first = 'a'; first <= 'z'; first++) {
      for (char second = 'a'; second <= 'z'; second++) {
        String tag = "" + first + second;
        String expected = Locale.forLanguageTag(tag).toLanguageTag();
        assertThat(LocalizedText.of(tag, "text").texts()).as(tag).containsOnlyKeys(expected);
        assertThat(LocalizedText.of(tag.toUpperCase(Locale.ROOT), "text").texts())
            .as(tag)
            .containsOnlyKeys(expected);
      }
    }
    assertThat(LocalizedText.of("iw", "text").texts()).containsOnlyKeys("he");
    for (String notATag : new String[] {"e1", "`a", "a`", "{a", "a{", "1a"}) {
      assertThat(catchThrowable(() -> LocalizedText.of(notATag, "text")))
          .as(notATag)
          .isInstanceOf(InvalidValueException.class);
    }
  }
}
