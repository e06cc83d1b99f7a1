package org.reformkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reformkit.core.model.DatePeriod;
import org.reformkit.core.model.DateQualifier;
import org.reformkit.core.model.Grade;
import org.reformkit.core.model.MeasureKind;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.PostCategory;
import org.reformkit.core.model.Status;

/** The text forms made once or by hand are those the model and the enum names give. */
class FormatsTest {
  private static List<PartialDate> dates() {
    List<PartialDate> dates = new ArrayList<>();
    int[] years = {1, 9, 10, 99, 100, 999, 1000, 2015, 9999};
    int[] months = {0, 1, 9, 10, 12};
    int[] days = {0, 1, 9, 10, 28};
    for (DateQualifier qualifier : DateQualifier.values()) {
      for (int year : years) {
        for (int month : months) {
          for (int day : days) {
            if (month == 0 && day != 0) {
              continue;
            }
            dates.add(
                PartialDate.of(
                    year,
                    month == 0 ? Optional.empty() : Optional.of(month),
                    day == 0 ? Optional.empty() : Optional.of(day),
                    qualifier));
          }
        }
      }
    }
    return dates;
  }

  @Test
  void aDateIsWrittenAsTheModelPrintsIt() {
    List<PartialDate> dates = dates();
    assertThat(dates).hasSize(DateQualifier.values().length * 9 * (1 + 4 * 5));
    for (PartialDate date : dates) {
      assertThat(Formats.date(date)).as("%s", date).isEqualTo(date.toString());
    }
    assertThat(Formats.date(PartialDate.of(7, Optional.of(3), Optional.of(4), DateQualifier.ABOUT)))
        .isEqualTo("about 0007-03-04");
  }

  @Test
  void aPeriodIsWrittenAsTheModelPrintsIt() {
    PartialDate start = PartialDate.of(2015, Optional.of(7), Optional.empty(), DateQualifier.FROM);
    PartialDate end = PartialDate.of(2016, Optional.empty(), Optional.empty(), DateQualifier.BY);
    for (DatePeriod period :
        List.of(
            DatePeriod.between(start, end),
            DatePeriod.of(Optional.of(start), Optional.empty()),
            DatePeriod.of(Optional.empty(), Optional.of(end)))) {
      assertThat(Formats.period(period)).isEqualTo(period.toString());
    }
    assertThat(Formats.period(DatePeriod.between(start, end))).isEqualTo("from 2015-07/by 2016");
  }

  @Test
  void theWordsOfAnEnumAreItsNamesInLowerCaseWithHyphens() {
    assertThat(Formats.word(Status.NOT_STARTED)).isEqualTo("not-started");
    for (Class<? extends Enum<?>> type : List.of(Status.class, MeasureKind.class, PostCategory.class)) {
      for (Enum<?> constant : type.getEnumConstants()) {
        String word = constant.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        assertThat(Formats.word(constant)).isEqualTo(word);
        assertThat(Formats.ordinalOf(type, word)).isEqualTo(constant.ordinal());
      }
      assertThat(Formats.ordinalOf(type, "no-such-word")).isEqualTo(-1);
    }
  }

  @Test
  void everyGradeIsFoundByItsLabel() {
    assertThat(Formats.GRADES).hasSize(Grade.values().length);
    for (Grade grade : Grade.values()) {
      assertThat(Formats.GRADES.get(grade.label())).isSameAs(grade);
    }
  }
}
