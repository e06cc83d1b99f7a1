package org.reformkit.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartialDateTest {

  @Test
  void printsTheYearInFourDigitsAndMonthAndDayInTwoAtEveryPaddingBoundary() {
    int[] years = {1, 9, 10, 99, 100, 999, 1000, 2015, 9999};
    int[] months = {0, 1, 9, 10, 12};
    int[] days = {0, 1, 9, 10, 28};
    int printed = 0;
    for (DateQualifier qualifier : DateQualifier.values()) {
      for (int year : years) {
        for (int month : months) {
          for (int day : days) {
            if (month == 0 && day != 0) {
              continue;
            }
            PartialDate date =
                PartialDate.of(
                    year,
                    month == 0 ? Optional.empty() : Optional.of(month),
                    day == 0 ? Optional.empty() : Optional.of(day),
                    qualifier);
            String expected =
                (qualifier == DateQualifier.ON
                        ? ""
                        : qualifier.name().toLowerCase(java.util.Locale.ROOT) + " ")
                    + String.format(java.util.Locale.ROOT, "%04d", year)
                    + (month == 0 ? "" : String.format(java.util.Locale.ROOT, "-%02d", month))
                    + (day == 0 ? "" : String.format(java.util.Locale.ROOT, "-%02d", day));
            assertThat(date).hasToString(expected);
            assertThat(PartialDate.parse(expected)).isEqualTo(date);
            printed++;
          }
        }
      }
    }
    assertThat(printed).isEqualTo(DateQualifier.values().length * 9 * (1 + 4 * 5));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "2016,         YEAR,  ON,    2016-01-01, 2016-12-31",
    "2015-07,      MONTH, ON,    2015-07-01, 2015-07-31",
    "2016-02,      MONTH, ON,    2016-02-01, 2016-02-29",
    "2015-02,      MONTH, ON,    2015-02-01, 2015-02-28",
    "2015-11-09,   DAY,   ON,    2015-11-09, 2015-11-09",
    "by 2015,      YEAR,  BY,    2015-01-01, 2015-12-31",
    "from 2016,    YEAR,  FROM,  2016-01-01, 2016-12-31",
    "about 2012,   YEAR,  ABOUT, 2012-01-01, 2012-12-31",
    "by 2015-12,   MONTH, BY,    2015-12-01, 2015-12-31",
    "from 2015-07, MONTH, FROM,  2015-07-01, 2015-07-31",
    "about 2015-03-15, DAY, ABOUT, 2015-03-15, 2015-03-15",
    "0001,         YEAR,  ON,    0001-01-01, 0001-12-31",
    "9999-12-31,   DAY,   ON,    9999-12-31, 9999-12-31"
  })
  void parsesAndPrintsEveryPrecisionAndQualifier(
      String text,
      DatePrecision precision,
      DateQualifier qualifier,
      LocalDate first,
      LocalDate last) {
    PartialDate date = PartialDate.parse(text);

    assertThat(date.precision()).isEqualTo(precision);
    assertThat(date.qualifier()).isEqualTo(qualifier);
    assertThat(date.firstDay()).isEqualTo(first);
    assertThat(date.lastDay()).isEqualTo(last);
    assertThat(date).hasToString(text);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "2015-07,       2015-07-01, 2015-07-31",
    "by 2015-07,    ,           2015-07-31",
    "from 2015-07,  2015-07-01, ",
    "about 2015-07, ,           "
  })
  void boundsTheMomentAccordingToTheQualifier(String text, LocalDate earliest, LocalDate latest) {
    PartialDate date = PartialDate.parse(text);

    assertThat(date.earliestPossible()).isEqualTo(Optional.ofNullable(earliest));
    assertThat(date.latestPossible()).isEqualTo(Optional.ofNullable(latest));
  }

  @Test
  void isCertainlyBeforeOrAfterADayOnlyWhenEveryPossibleDayIs() {
    PartialDate july = PartialDate.ofMonth(2015, 7);
    PartialDate byEnd2015 = PartialDate.ofYear(2015).qualified(DateQualifier.BY);
    PartialDate from2016 = PartialDate.ofYear(2016).qualified(DateQualifier.FROM);

    assertThat(july.isCertainlyAfter(LocalDate.of(2015, 6, 30))).isTrue();
    assertThat(july.isCertainlyAfter(LocalDate.of(2015, 7, 1))).isFalse();
    assertThat(july.isCertainlyBefore(LocalDate.of(2015, 8, 1))).isTrue();
    assertThat(july.isCertainlyBefore(LocalDate.of(2015, 7, 31))).isFalse();
    assertThat(byEnd2015.isCertainlyAfter(LocalDate.of(1900, 1, 1))).isFalse();
    assertThat(byEnd2015.isCertainlyBefore(LocalDate.of(2016, 1, 1))).isTrue();
    assertThat(from2016.isCertainlyBefore(LocalDate.of(3000, 1, 1))).isFalse();
    assertThat(from2016.isCertainlyAfter(LocalDate.of(2015, 12, 31))).isTrue();
  }

  @Test
  void anAboutDateIsNeverCertainlyBeforeOrAfterAnyDay() {
    PartialDate about2015 = PartialDate.parse("about 2015");

    assertThat(about2015.isCertainlyBefore(LocalDate.of(9999, 12, 31))).isFalse();
    assertThat(about2015.isCertainlyAfter(LocalDate.of(1, 1, 1))).isFalse();
    assertThat(about2015.isCertainlyBefore(PartialDate.parse("3000"))).isFalse();
    assertThat(PartialDate.parse("1000").isCertainlyBefore(about2015)).isFalse();
  }

  @ParameterizedTest(name = "{0} before {1}: {2}")
  @CsvSource({
    "2015-07,    2015-08,      true",
    "2015-07,    2015-07-31,   false",
    "by 2015,    2016,         true",
    "by 2015,    from 2016,    true",
    "2015,       by 2016,      false",
    "from 2014,  2016,         false",
    "2014,       about 2016,   false",
    "about 2014, 2016,         false",
    "2015-12-31, 2016-01-01,   true"
  })
  void isCertainlyBeforeAnotherDateOnlyWhenItsLatestDayPrecedesTheOthersEarliest(
      String first, String second, boolean before) {
    assertThat(PartialDate.parse(first).isCertainlyBefore(PartialDate.parse(second)))
        .isEqualTo(before);
  }

  @Test
  void eachQualifierBoundsTheSidesItsDocumentationSays() {
    assertThat(DateQualifier.ON.boundsEarliest()).isTrue();
    assertThat(DateQualifier.ON.boundsLatest()).isTrue();
    assertThat(DateQualifier.BY.boundsEarliest()).isFalse();
    assertThat(DateQualifier.BY.boundsLatest()).isTrue();
    assertThat(DateQualifier.FROM.boundsEarliest()).isTrue();
    assertThat(DateQualifier.FROM.boundsLatest()).isFalse();
    assertThat(DateQualifier.ABOUT.boundsEarliest()).isFalse();
    assertThat(DateQualifier.ABOUT.boundsLatest()).isFalse();
  }

  @Test
  void buildsFromFactoriesEqualToTheParsedForm() {
    assertThat(PartialDate.ofYear(2016)).isEqualTo(PartialDate.parse("2016"));
    assertThat(PartialDate.ofMonth(2015, 7)).isEqualTo(PartialDate.parse("2015-07"));
    assertThat(PartialDate.ofDay(LocalDate.of(2015, 11, 9)))
        .isEqualTo(PartialDate.parse("2015-11-09"));
    assertThat(PartialDate.ofYear(2016).qualified(DateQualifier.FROM))
        .isEqualTo(PartialDate.parse("from 2016"))
        .isNotEqualTo(PartialDate.ofYear(2016));
  }

  @Test
  void refusesADayThatDoesNotExist() {
    assertThatThrownBy(
            () -> PartialDate.of(2015, Optional.of(2), Optional.of(30), DateQualifier.ON))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("not a date");
    assertThatThrownBy(() -> PartialDate.ofMonth(2015, 13))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("not a date");
    assertThatThrownBy(() -> PartialDate.ofMonth(2015, 0))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void refusesADayWithoutAMonth() {
    assertThatThrownBy(
            () -> PartialDate.of(2015, Optional.empty(), Optional.of(9), DateQualifier.ON))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("a day needs a month: day 9");
  }

  @Test
  void refusesAYearOutsideOneToNineThousandNineHundredNinetyNine() {
    assertThatThrownBy(() -> PartialDate.ofYear(0))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("year must be between 1 and 9999: 0");
    assertThatThrownBy(() -> PartialDate.ofYear(10000))
        .hasMessageContaining("year must be between");
    assertThatThrownBy(() -> PartialDate.ofYear(-5)).hasMessageContaining("year must be between");
  }

  @Test
  void refusesAMissingQualifierNamingIt() {
    assertThatThrownBy(() -> PartialDate.of(2015, Optional.empty(), Optional.empty(), null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("qualifier");
  }

  @ParameterizedTest(name = "''{0}'' fails at {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "''           | 0",
        "15           | 2",
        "2015-        | 5",
        "2015-07-     | 8",
        "2015001-01   | 4",
        "2015-07001   | 7",
        "201/-07-01   | 3",
        "2015-0/-01   | 6",
        "2015-07-0:   | 9",
        "2015-7       | 6",
        "2015-7x      | 6",
        "2015x        | 4",
        "2015-07-1    | 9",
        "2015/07      | 4",
        "before 2015  | 1",
        "By 2015      | 0",
        "by  2015     | 3",
        "2015-07-01T00| 10",
        "' 2015'      | 0",
        "２０１５       | 0"
      })
  void refusesTextThatIsNotAPartialDateSayingWhere(String text, int errorIndex) {
    assertThatThrownBy(() -> PartialDate.parse(text))
        .isInstanceOfSatisfying(
            ValueParseException.class,
            e -> {
              assertThat(e.getParsedText()).isEqualTo(text);
              assertThat(e.getErrorIndex()).isEqualTo(errorIndex);
              assertThat(e.getMessage())
                  .contains("is not a partial date")
                  .contains("expected YYYY, YYYY-MM or YYYY-MM-DD");
            });
  }

  @ParameterizedTest(name = "''{0}''")
  @CsvSource({
    "2015-02-30, not a date",
    "2015-13, not a date",
    "2015-00-01, not a date",
    "0000, year must be"
  })
  void refusesWellFormedTextNamingNoRealDate(String text, String message) {
    assertThatThrownBy(() -> PartialDate.parse(text))
        .isInstanceOfSatisfying(
            ValueParseException.class,
            e -> {
              assertThat(e.getParsedText()).isEqualTo(text);
              assertThat(e.getMessage()).contains(message);
            });
  }
}
