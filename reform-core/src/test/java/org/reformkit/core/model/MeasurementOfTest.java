package org.reformkit.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** {@code Measurement.of(value, date)}: a measurement with nothing else stated, made directly. */
class MeasurementOfTest {
  private static final IndicatorValue VALUE = IndicatorValue.count(75);
  private static final PartialDate DATE = PartialDate.parse("by 2015-11");

  @Test
  void ofGivesWhatTheBuilderGivesWithOnlyAValueAndADate() {
    Measurement made = Measurement.of(VALUE, DATE);
    assertThat(made).isEqualTo(Measurement.builder().value(VALUE).date(DATE).build());
    assertThat(made.value()).isEqualTo(VALUE);
    assertThat(made.date()).isEqualTo(DATE);
    assertThat(made.paragraphs()).isEmpty();
    assertThat(made.source()).isEmpty();
    assertThat(made.approvedBy()).isEmpty();
    assertThat(made.dimensions()).isEmpty();
    assertThat(made.note()).isEmpty();
  }

  @Test
  void whatIsAddedToItIsCheckedAsTheBuilderChecksIt() {
    Measurement made = Measurement.of(VALUE, DATE);
    assertThatThrownBy(() -> made.withApprovedBy(" "))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("approved by must not be blank");
    assertThatThrownBy(() -> made.withParagraphs(0))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("measurement paragraph must be positive: 0");
    assertThat(made.withApprovedBy("M&E officer").withParagraphs(5))
        .isEqualTo(
            Measurement.builder()
                .value(VALUE)
                .date(DATE)
                .approvedBy("M&E officer")
                .addParagraph(5)
                .build());
  }
}
