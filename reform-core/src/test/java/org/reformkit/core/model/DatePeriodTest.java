package org.reformkit.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatePeriodTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2016/2017            | 2016        | 2017",
        "2015-07/             | 2015-07     | ",
        "/by 2015-12          |             | by 2015-12",
        "2015-07/2015-10      | 2015-07     | 2015-10",
        "from 2016/about 2030 | from 2016   | about 2030",
        "2015-11-09/2015-11-13| 2015-11-09  | 2015-11-13",
        "2017/2016            | 2017        | 2016"
      })
  void parsesAndPrintsBothEndsEitherOfWhichMayBeOpen(String text, String start, String end) {
    DatePeriod period = DatePeriod.parse(text);

    assertThat(period.start()).isEqualTo(Optional.ofNullable(start).map(PartialDate::parse));
    assertThat(period.end()).isEqualTo(Optional.ofNullable(end).map(PartialDate::parse));
    assertThat(period).hasToString(text);
  }

  @Test
  void makesAPeriodThatIsOnePartialDate() {
    PartialDate july = PartialDate.ofMonth(2015, 7);

    assertThat(DatePeriod.within(july)).isEqualTo(DatePeriod.between(july, july));
    assertThat(DatePeriod.within(july)).hasToString("2015-07/2015-07");
  }

  @Test
  void acceptsAnEndBeforeTheStartForTheRuleChecksToReport() {
    DatePeriod backwards = DatePeriod.between(PartialDate.ofYear(2017), PartialDate.ofYear(2015));

    assertThat(backwards.start()).contains(PartialDate.ofYear(2017));
    assertThat(backwards.end()).contains(PartialDate.ofYear(2015));
  }

  @Test
  void refusesAPeriodWithNeitherEnd() {
    assertThatThrownBy(() -> DatePeriod.of(Optional.empty(), Optional.empty()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("a period needs a start or an end");
    assertThatThrownBy(() -> DatePeriod.parse("/"))
        .isInstanceOfSatisfying(
            ValueParseException.class,
            e -> {
              assertThat(e.getParsedText()).isEqualTo("/");
              assertThat(e.getMessage()).contains("a period needs a start or an end");
            });
  }

  @ParameterizedTest(name = "''{0}'' fails at {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2016              | 4  | expected START/END",
        "''                | 0  | expected START/END",
        "2016-13/2017      | 0  | not a date",
        "x2016/2017        | 0  | is not a partial date",
        "2016/2017x        | 9  | is not a partial date",
        "2016/2017/2018    | 9  | is not a partial date",
        "2015/2015/2015/   | 9  | is not a partial date",
        "2016/2016x        | 9  | is not a partial date",
        "2016/by 2016-1    | 14 | is not a partial date"
      })
  void refusesTextThatIsNotAPeriodSayingWhere(String text, int errorIndex, String message) {
    assertThatThrownBy(() -> DatePeriod.parse(text))
        .isInstanceOfSatisfying(
            ValueParseException.class,
            e -> {
              assertThat(e.getParsedText()).isEqualTo(text);
              assertThat(e.getErrorIndex()).isEqualTo(errorIndex);
              assertThat(e.getMessage()).contains(message);
            });
  }
}
