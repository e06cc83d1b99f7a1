package org.reformkit.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RiskRatingTest {

  @Test
  void wordedRatingsSayThemselvesWhetherTheyAreHigh() {
    assertThat(RiskRating.high().isHigh()).contains(true);
    assertThat(RiskRating.medium().isHigh()).contains(false);
    assertThat(RiskRating.low().isHigh()).contains(false);
    assertThat(RiskRating.parse("high")).isEqualTo(RiskRating.high());
    assertThat(RiskRating.parse("medium")).isEqualTo(RiskRating.medium());
    assertThat(RiskRating.parse("low")).isEqualTo(RiskRating.low());
  }

  @Test
  void aNumberedRatingIsHighOnlyWhenTheReportSaysFromWhichLevel() {
    assertThat(RiskRating.parse("5/5").isHigh()).isEmpty();
    assertThat(RiskRating.parse("4/5 high from 4").isHigh()).contains(true);
    assertThat(RiskRating.parse("3/5 high from 4").isHigh()).contains(false);
  }

  @ParameterizedTest
  @ValueSource(strings = {"low", "medium", "high", "1/5", "10/10", "4/5 high from 4", "2/3"})
  void printsBackEveryTextItParses(String text) {
    assertThat(RiskRating.parse(text)).hasToString(text);
  }

  @Test
  void scalesPrintWhatTheyAre() {
    assertThat(RiskScale.lowMediumHigh()).hasToString("low-medium-high");
    assertThat(RiskScale.numbered(5)).hasToString("1-5");
    assertThat(RiskScale.numbered(5, 4)).hasToString("1-5 high from 4");
    assertThat(RiskScale.numbered(5, 4).highFrom()).contains(4);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "HIGH|0|'HIGH' is not a risk rating; expected low, medium, high or LEVEL/LEVELS such as 4/5",
        "/5|0|'/5' is not a risk rating; expected a level of one or two digits",
        "4/|2|'4/' is not a risk rating; expected a level of one or two digits",
        "4/x|2|'4/x' is not a risk rating; expected a digit",
        "6/5|0|risk level 6 is not on the scale 1-5",
        "0/5|0|risk level 0 is not on the scale 1-5",
        "1/11|0|a risk scale has 2 to 10 levels, not 11",
        "1/1|0|a risk scale has 2 to 10 levels, not 1",
        "4/5 high from 6|0|a risk scale of 5 levels cannot be high from 6",
        "4/5 high from 0|0|a risk scale of 5 levels cannot be high from 0",
      })
  void refusesTextThatIsNotARating(String text, int index, String message) {
    assertThatThrownBy(() -> RiskRating.parse(text))
        .isInstanceOfSatisfying(
            ValueParseException.class, e -> assertThat(e.getErrorIndex()).isEqualTo(index))
        .hasMessage(message);
  }

  @Test
  void aWordedScaleIsExactlyLowMediumHigh() {
    assertThatThrownBy(() -> RiskScale.of(5, true, Optional.of(3)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("a worded risk scale is low, medium, high");
    assertThatThrownBy(() -> RiskScale.of(3, true, Optional.empty()))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> RiskScale.of(3, true, Optional.of(2)))
        .isInstanceOf(InvalidValueException.class);
  }

  private static Risk risk(Optional<RiskRating> likelihood, Optional<RiskRating> impact) {
    return Risk.builder()
        .id(RiskId.of("r1"))
        .description(LocalizedText.of("en", "Staff turnover delays the roll-out"))
        .likelihood(likelihood)
        .impact(impact)
        .build();
  }

  @Test
  void aRiskIsHighAndHighOnlyWhenBothRatingsSaySo() {
    Optional<RiskRating> high = Optional.of(RiskRating.high());
    Optional<RiskRating> low = Optional.of(RiskRating.low());
    Optional<RiskRating> unsaid = Optional.of(RiskRating.parse("5/5"));

    assertThat(risk(high, high).isHighLikelihoodAndImpact()).contains(true);
    assertThat(risk(high, low).isHighLikelihoodAndImpact()).contains(false);
    assertThat(risk(low, high).isHighLikelihoodAndImpact()).contains(false);
    assertThat(risk(high, Optional.empty()).isHighLikelihoodAndImpact()).isEmpty();
    assertThat(risk(Optional.empty(), high).isHighLikelihoodAndImpact()).isEmpty();
    assertThat(risk(high, unsaid).isHighLikelihoodAndImpact()).isEmpty();
    assertThat(risk(unsaid, high).isHighLikelihoodAndImpact()).isEmpty();
  }

  @Test
  void refusesParagraphsThatAreNotNumbers() {
    assertThatThrownBy(() -> risk(Optional.empty(), Optional.empty()).withParagraphs(0))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("risk paragraph must be positive: 0");
    assertThat(risk(Optional.empty(), Optional.empty()).withParagraphs(3).paragraphs())
        .isEqualTo(ImmutableList.of(3));
  }

  @Test
  void risksAreOpenOrClosed() {
    assertThat(RiskStatus.OPEN.isOpen()).isTrue();
    assertThat(RiskStatus.CLOSED.isOpen()).isFalse();
  }
}
