package org.reformkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.reformkit.benchmarks.adapters.RulesAdapter;
import org.reformkit.benchmarks.data.ProgrammeGenerator;
import org.reformkit.benchmarks.data.ProgrammeSize;
import org.reformkit.core.model.Commitment;
import org.reformkit.core.model.Indicator;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.rules.RuleSet;
import org.reformkit.core.rules.Severity;
import org.reformkit.core.rules.ValidationContext;
import org.reformkit.examples.SeedReport;

class ProgrammeGeneratorTest {
  @Test
  void theSameSeedGivesAnEqualProgramme() {
    ProgressReport first = ProgrammeGenerator.report(ProgrammeSize.AGENCY, 42);
    ProgressReport second = ProgrammeGenerator.report(ProgrammeSize.AGENCY, 42);
    assertThat(second).isEqualTo(first);
    assertThat(ProgrammeGenerator.report(ProgrammeSize.AGENCY, 43)).isNotEqualTo(first);
    assertThat(ProgrammeGenerator.laterReport(first, 7))
        .isEqualTo(ProgrammeGenerator.laterReport(second, 7))
        .isNotEqualTo(first);
  }

  @Test
  void seedIsTheSeedReport() {
    assertThat(ProgrammeGenerator.report(ProgrammeSize.SEED, 1))
        .isEqualTo(SeedReport.november2015());
  }

  @Test
  void agencyHasTheStatedSize() {
    assertSize(
        ProgrammeGenerator.report(ProgrammeSize.AGENCY, ProgrammeGenerator.DEFAULT_SEED)
            .programme(),
        ProgrammeSize.AGENCY);
  }

  @Test
  void systemHasTheStatedSize() {
    assertSize(
        ProgrammeGenerator.report(ProgrammeSize.SYSTEM, ProgrammeGenerator.DEFAULT_SEED)
            .programme(),
        ProgrammeSize.SYSTEM);
  }

  @Test
  void aShareOfTheElementsIsInconsistent() {
    ProgressReport report =
        ProgrammeGenerator.report(ProgrammeSize.AGENCY, ProgrammeGenerator.DEFAULT_SEED);
    long elements = ProgrammeGenerator.elementCount(report.programme());
    int findings =
        RuleSet.standard()
            .validate(report, ValidationContext.forReport(report, Locale.ENGLISH))
            .findings()
            .stream()
            .filter(f -> f.severity() != Severity.INFO)
            .mapToInt(f -> 1)
            .sum();
    assertThat(RulesAdapter.validateStandard(report)).isGreaterThan(findings);
    assertThat(findings).isGreaterThan(0);
    assertThat((double) findings / elements).isLessThan(0.1);
    assertThat(RulesAdapter.validateShared(report.programme())).isGreaterThan(0);
  }

  @Test
  void someCommitmentsDependOnEachOther() {
    ReformProgramme programme =
        ProgrammeGenerator.report(ProgrammeSize.SYSTEM, ProgrammeGenerator.DEFAULT_SEED)
            .programme();
    int cycles = 0;
    for (int i = 0; i + 1 < programme.commitments().size(); i++) {
      Commitment one = programme.commitments().get(i);
      Commitment next = programme.commitments().get(i + 1);
      if (one.dependsOn().contains(next.id()) && next.dependsOn().contains(one.id())) {
        cycles++;
      }
    }
    assertThat(cycles).isPositive();
  }

  private static void assertSize(ReformProgramme programme, ProgrammeSize size) {
    assertThat(ProgrammeGenerator.postCount(programme))
        .isBetween(size.posts() * 95L / 100, size.posts() * 105L / 100);
    assertThat(programme.posts()).isNotEmpty();
    assertThat(programme.postLines()).isNotEmpty();
    assertThat(programme.commitments()).hasSize(size.commitments());
    assertThat(programme.indicators()).hasSize(size.indicators());
    for (Indicator indicator : programme.indicators()) {
      assertThat(indicator.measurements()).hasSize(size.measurementsPerIndicator());
    }
  }
}
