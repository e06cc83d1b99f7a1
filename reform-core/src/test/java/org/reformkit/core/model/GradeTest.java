package org.reformkit.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class GradeTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "P-4, P_4",
    "p4, P_4",
    "P4, P_4",
    "' P-4 ', P_4",
    "NO-B, NO_B",
    "no-b, NO_B",
    "NOB, NO_B",
    "D-2, D_2",
    "G-7, G_7",
    "g-1, G_1",
    "P_5, P_5"
  })
  void parsesGradesAsWrittenInPapersForgivingCaseAndHyphens(String text, Grade grade) {
    assertThat(Grade.parse(text)).isEqualTo(grade);
  }

  @ParameterizedTest
  @EnumSource(Grade.class)
  void printsALabelThatParsesBack(Grade grade) {
    assertThat(Grade.parse(grade.label())).isEqualTo(grade);
    assertThat(grade.label()).doesNotContain("_");
  }

  @Test
  void labelsGradesAsPapersDo() {
    assertThat(Grade.P_4.label()).isEqualTo("P-4");
    assertThat(Grade.NO_B.label()).isEqualTo("NO-B");
    assertThat(Grade.D_1.label()).isEqualTo("D-1");
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "P_1, PROFESSIONAL", "P_5, PROFESSIONAL", "D_1, DIRECTOR", "D_2, DIRECTOR",
    "G_1, GENERAL_SERVICE", "G_7, GENERAL_SERVICE", "NO_A, NATIONAL_OFFICER",
        "NO_D, NATIONAL_OFFICER"
  })
  void belongsToItsStaffCategory(Grade grade, GradeGroup group) {
    assertThat(grade.group()).isEqualTo(group);
  }

  @Test
  void hasTheGradesOfTheCommonSystem() {
    assertThat(Grade.values()).hasSize(5 + 2 + 7 + 4);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "P-6", "P-0", "D-3", "G-8", "NO-E", "ASG", "P 4", "4"})
  void refusesTextNamingNoGrade(String text) {
    assertThatThrownBy(() -> Grade.parse(text))
        .isInstanceOfSatisfying(
            ValueParseException.class,
            e -> {
              assertThat(e.getParsedText()).isEqualTo(text);
              assertThat(e.getErrorIndex()).isZero();
              assertThat(e.getMessage())
                  .isEqualTo(
                      "'"
                          + text
                          + "' is not a grade; expected one of P-1..P-5, D-1, D-2, G-1..G-7,"
                          + " NO-A..NO-D");
            });
  }
}
