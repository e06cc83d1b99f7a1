package org.reformkit.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reformkit.core.model.ProgressReport;

class ValidationPropertiesTest {
  private static final int THREADS = 4;
  private static ExecutorService pool;

  @BeforeAll
  static void startPool() {
    pool = Executors.newFixedThreadPool(THREADS);
  }

  @AfterAll
  static void stopPool() {
    pool.shutdownNow();
  }

  @Test
  void validationOfAnyGeneratedReportTerminatesWithoutThrowingAndRepeatsItself() {
    qt().withExamples(300)
        .withFixedSeed(20151109L)
        .forAll(ProgrammeGenerator.reports())
        .checkAssert(
            report -> {
              ValidationContext context = ValidationContext.forReport(report, Locale.CHINESE);
              ValidationResult first =
                  org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                      Duration.ofSeconds(10), () -> RuleSet.standard().validate(report, context));
              ValidationResult second = RuleSet.standard().validate(report, context);

              assertThat(second).isEqualTo(first);
              assertThat(second.toString()).isEqualTo(first.toString());
              assertThat(first.findings())
                  .allSatisfy(f -> assertThat(f.message()).doesNotContain("{"));
              assertThat(RuleSet.standard().validate(report.programme(), context))
                  .isEqualTo(RuleSet.standard().validate(report.programme(), context));
            });
  }

  /** Validates each element of the report on its own, in a fixed order. */
  private static List<ValidationResult> eachElement(
      ProgressReport report, ValidationContext context) {
    RuleSet rules = RuleSet.standard();
    List<ValidationResult> results = new ArrayList<>();
    results.add(rules.validate(report.document(), context));
    report.programme().commitments().forEach(c -> results.add(rules.validate(c, context)));
    report.programme().commitments().stream()
        .flatMap(c -> c.phases().stream())
        .forEach(p -> results.add(rules.validate(p, context)));
    report.programme().postLines().forEach(l -> results.add(rules.validate(l, context)));
    report.programme().posts().forEach(p -> results.add(rules.validate(p, context)));
    report.programme().postTotals().forEach(t -> results.add(rules.validate(t, context)));
    report.programme().indicators().forEach(i -> results.add(rules.validate(i, context)));
    report.programme().engagements().forEach(e -> results.add(rules.validate(e, context)));
    return results;
  }

  @Test
  void validationOfEveryGeneratedElementOnItsOwnNeverThrowsAndRepeatsItself() {
    qt().withExamples(200)
        .withFixedSeed(2016L)
        .forAll(ProgrammeGenerator.reports())
        .checkAssert(
            report -> {
              ValidationContext context = ValidationContext.forReport(report, Locale.ENGLISH);

              assertThat(eachElement(report, context)).isEqualTo(eachElement(report, context));
            });
  }

  @Test
  void validationFromSeveralThreadsAtOnceGivesTheSameResult() {
    qt().withExamples(60)
        .withFixedSeed(325L)
        .forAll(ProgrammeGenerator.reports())
        .checkAssert(
            report -> {
              ValidationResult alone = RuleSet.standard().validate(report, Locale.ENGLISH);
              List<Callable<ValidationResult>> tasks = new ArrayList<>();
              for (int i = 0; i < THREADS * 2; i++) {
                tasks.add(() -> RuleSet.standard().validate(report, Locale.ENGLISH));
              }
              try {
                for (Future<ValidationResult> result : pool.invokeAll(tasks)) {
                  assertThat(result.get()).isEqualTo(alone);
                }
              } catch (Exception e) {
                throw new AssertionError(e);
              }
            });
  }

  @Test
  void generatorProducesBothCleanAndFaultyReports() {
    List<ProgressReport> reports = new ArrayList<>();
    qt().withExamples(200)
        .withFixedSeed(15L)
        .forAll(ProgrammeGenerator.reports())
        .checkAssert(reports::add);

    List<Boolean> hasErrors = new ArrayList<>();
    java.util.Set<String> codes = new java.util.TreeSet<>();
    for (ProgressReport report : reports) {
      ValidationResult result = RuleSet.standard().validate(report, Locale.ENGLISH);
      hasErrors.add(result.hasErrors());
      codes.addAll(result.codes());
    }

    assertThat(hasErrors).contains(true, false);
    assertThat(codes).hasSizeGreaterThanOrEqualTo(20);
  }
}
