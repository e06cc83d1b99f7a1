package org.reformkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.reformkit.benchmarks.adapters.RulesAdapter;
import org.reformkit.benchmarks.data.ProgrammeGenerator;
import org.reformkit.benchmarks.data.ProgrammeSize;
import org.reformkit.benchmarks.plain.PlainConverter;
import org.reformkit.benchmarks.plain.PlainProgramme;
import org.reformkit.benchmarks.validation.CheckedFactory;
import org.reformkit.benchmarks.validation.CheckedProgramme;
import org.reformkit.benchmarks.validation.SharedChecks;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.rules.Finding;
import org.reformkit.core.rules.RuleSet;
import org.reformkit.core.rules.ValidationContext;

class SharedChecksTest {
  @Test
  void hibernateValidatorFindsWhatReformkitFindsOnTheSharedChecks() {
    ReformProgramme programme =
        ProgrammeGenerator.report(ProgrammeSize.AGENCY, ProgrammeGenerator.DEFAULT_SEED)
            .programme();
    PlainProgramme checked = PlainConverter.convert(programme, CheckedFactory.INSTANCE);
    assertThat(checked).isInstanceOf(CheckedProgramme.class);
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      Validator validator = factory.getValidator();
      Set<ConstraintViolation<PlainProgramme>> violations = validator.validate(checked);
      assertThat(violations).isNotEmpty();
      assertThat(violations)
          .extracting(v -> v.getPropertyPath().toString())
          .allMatch(
              path ->
                  path.endsWith("count")
                      || path.endsWith("percentageInRange")
                      || path.endsWith("InOrder"));
      assertThat(violations).hasSize(RulesAdapter.validateShared(programme));
      Map<String, Long> byCheck =
          violations.stream()
              .map(v -> v.getPropertyPath().toString())
              .collect(
                  Collectors.groupingBy(
                      path ->
                          path.endsWith("count")
                              ? "POST_LINE_COUNT_POSITIVE"
                              : path.endsWith("percentageInRange")
                                  ? "INDICATOR_PERCENTAGE_RANGE"
                                  : "PHASE_END_BEFORE_START",
                      Collectors.counting()));
      Map<String, Long> byCode =
          RuleSet.standard()
              .only(RulesAdapter.sharedCodes())
              .validate(programme, ValidationContext.of(LocalDate.of(2015, 11, 30), Locale.ROOT))
              .findings()
              .stream()
              .collect(Collectors.groupingBy(Finding::code, Collectors.counting()));
      assertThat(byCheck).isEqualTo(byCode).hasSize(3);
    }
  }

  @Test
  void theSeedReportPassesTheSharedChecksOnBothSides() {
    ReformProgramme programme = ProgrammeGenerator.report(ProgrammeSize.SEED, 0).programme();
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      assertThat(
              factory
                  .getValidator()
                  .validate(PlainConverter.convert(programme, CheckedFactory.INSTANCE)))
          .isEmpty();
    }
    assertThat(RulesAdapter.validateShared(programme)).isZero();
  }

  @Test
  void partialDatesAreOutOfOrderOnlyWhenTheEndCertainlyLiesBeforeTheStart() {
    assertThat(SharedChecks.inOrder("2015", "2015-03")).isTrue();
    assertThat(SharedChecks.inOrder("2015-04", "2015-03")).isFalse();
    assertThat(SharedChecks.inOrder("by 2015-04", "2015-03")).isTrue();
    assertThat(SharedChecks.inOrder("2015-04", "from 2015-03")).isTrue();
    assertThat(SharedChecks.inOrder("2015-03-15", "2015-03")).isTrue();
    assertThat(SharedChecks.inOrder(null, "2015-03")).isTrue();
    assertThat(SharedChecks.inOrder("2015-03-02", "2015-03-01")).isFalse();
  }
}
