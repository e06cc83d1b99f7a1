package org.reformkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import am.ik.yavi.core.ConstraintViolations;
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
import org.reformkit.benchmarks.validation.YaviChecks;
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
  void yaviFindsWhatReformkitAndHibernateValidatorFindOnTheSharedChecks() {
    ReformProgramme programme =
        ProgrammeGenerator.report(ProgrammeSize.AGENCY, ProgrammeGenerator.DEFAULT_SEED)
            .programme();
    ConstraintViolations violations = YaviChecks.validate(PlainConverter.plain(programme));
    assertThat(violations).isNotEmpty();
    assertThat(violations)
        .extracting(v -> v.name())
        .allMatch(
            name ->
                name.matches("postLines\\[\\d+]\\.count")
                    || name.matches(
                        "indicators\\[\\d+]\\.(baseline|targets\\[\\d+]|measurements\\[\\d+])"
                            + "\\.value\\.number")
                    || name.matches(
                        "commitments\\[\\d+]\\.phases\\[\\d+]\\.(planned|actual)InOrder"));
    assertThat(violations).hasSize(RulesAdapter.validateShared(programme));
    Map<String, Long> byCheck =
        violations.stream()
            .collect(
                Collectors.groupingBy(
                    v ->
                        v.name().endsWith("count")
                            ? "POST_LINE_COUNT_POSITIVE"
                            : v.name().endsWith("number")
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
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      assertThat(
              factory
                  .getValidator()
                  .validate(PlainConverter.convert(programme, CheckedFactory.INSTANCE)))
          .extracting(v -> v.getPropertyPath().toString())
          .containsExactlyInAnyOrderElementsOf(
              violations.stream()
                  .map(v -> v.name().replaceFirst("number$", "percentageInRange"))
                  .toList());
    }
  }

  @Test
  void yaviAndHibernateValidatorRejectAnEmptyProgrammeForTheSameMissingFacts() {
    // a missing name breaks both "not null" and "not empty", on either side
    assertThat(YaviChecks.validate(new PlainProgramme()))
        .extracting(v -> v.name())
        .containsExactlyInAnyOrder("id", "name", "name", "status");
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      assertThat(factory.getValidator().validate(new CheckedProgramme()))
          .extracting(v -> v.getPropertyPath().toString())
          .containsExactlyInAnyOrder("id", "name", "name", "status");
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
    assertThat(YaviChecks.validate(PlainConverter.plain(programme))).isEmpty();
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
