package org.reformkit.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reformkit.core.model.CommitmentId;
import org.reformkit.core.model.Committee;
import org.reformkit.core.model.CommitteeId;
import org.reformkit.core.model.ExternalSupport;
import org.reformkit.core.model.Policy;
import org.reformkit.core.model.PolicyId;
import org.reformkit.core.model.PolicyStatus;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.SupportId;
import org.reformkit.core.model.SupportKind;

/** A validation visits every element of a report once, at its own path, in document order. */
class WalkOrderTest {
  /** Reports every element it is shown, with its type and what the context knows of it. */
  private static final Rule<Object> EVERYTHING =
      Rule.of(
          "EVERY_ELEMENT",
          Object.class,
          Severity.INFO,
          "Sees every element",
          (element, at) ->
              at.report(
                  "{0} {1} {2} {3} {4}",
                  ImmutableMap.of(
                      "type", element.getClass().getSimpleName(),
                      "report", at.progressReport().isPresent(),
                      "commitment", at.commitment().map(c -> c.id().toString()).orElse("-"),
                      "programme", at.programme().isPresent(),
                      "severity", at.severity() + "/" + at.context().equals(Fixtures.CONTEXT))));

  private static ProgressReport report() {
    ProgressReport report = Fixtures.report();
    return report.withProgramme(
        report
            .programme()
            .withExternalSupport(
                ExternalSupport.builder()
                    .id(SupportId.of("s"))
                    .kind(SupportKind.CONSULTANCY)
                    .provider(Fixtures.text("A consultancy"))
                    .build())
            .withPolicies(
                Policy.builder()
                    .id(PolicyId.of("pol"))
                    .name(Fixtures.text("A policy"))
                    .status(PolicyStatus.DRAFT)
                    .commitment(CommitmentId.of("bpr"))
                    .build())
            .withCommittees(
                Committee.builder()
                    .id(CommitteeId.of("com"))
                    .name(Fixtures.text("A committee"))
                    .build()));
  }

  @Test
  void reportIsWalkedFromTheTopDownInDocumentOrder() {
    ValidationResult result = RuleSet.of(EVERYTHING).validate(report(), Fixtures.CONTEXT);

    assertThat(result.findings())
        .extracting(f -> (f.path().isRoot() ? "(root)" : f.path().toString()) + " " + f.message())
        .containsExactly(
            "(root) ProgressReport true - true INFO/true",
            "document GoverningBodyDocument true - true INFO/true",
            "(root) ReformProgramme true - true INFO/true",
            "commitments[bpr] Commitment true - true INFO/true",
            "commitments[bpr].phases[a] Phase true bpr true INFO/true",
            "commitments[bpr].phases[b] Phase true bpr true INFO/true",
            "commitments[bpr].phases[c] Phase true bpr true INFO/true",
            "commitments[bpr].phases[d] Phase true bpr true INFO/true",
            "commitments[bpr].phases[e] Phase true bpr true INFO/true",
            "commitments[bpr].milestones[remaining-items] Milestone true bpr true INFO/true",
            "commitments[field] Commitment true - true INFO/true",
            "commitments[mrf] Commitment true - true INFO/true",
            "monitoringFramework MonitoringFramework true - true INFO/true",
            "postLines[hq] PostLine true - true INFO/true",
            "postLines[field] PostLine true - true INFO/true",
            "posts[p1] Post true - true INFO/true",
            "postTotals[new-technical] PostTotal true - true INFO/true",
            "indicators[interviews] Indicator true - true INFO/true",
            "indicators[field-share] Indicator true - true INFO/true",
            "indicators[mrf-done] Indicator true - true INFO/true",
            "engagements[union] StaffEngagement true - true INFO/true",
            "externalSupport[s] ExternalSupport true - true INFO/true",
            "policies[pol] Policy true - true INFO/true",
            "committees[com] Committee true - true INFO/true");
  }

  @Test
  void programmeOnItsOwnIsWalkedWithoutAReport() {
    ValidationResult result =
        RuleSet.of(EVERYTHING).validate(report().programme(), Fixtures.CONTEXT);

    assertThat(result.findings()).hasSize(22);
    assertThat(result.findings().get(0).message())
        .isEqualTo("ReformProgramme false - true INFO/true");
    assertThat(List.copyOf(result.findings()).get(21).path().toString())
        .isEqualTo("committees[com]");
  }

  @Test
  void moneyAndRisksAreWalkedAfterThePostTotalsAndOnlyWhenStated() {
    org.reformkit.core.model.FinancialLine line =
        org.reformkit.core.model.FinancialLine.builder()
            .id(org.reformkit.core.model.FinancialLineId.of("spent"))
            .description(Fixtures.text("Spent"))
            .kind(org.reformkit.core.model.FinanceKind.EXPENDITURE)
            .amount(org.reformkit.core.model.Money.parse("USD 1"))
            .build();
    org.reformkit.core.model.FinanceTotal total =
        org.reformkit.core.model.FinanceTotal.builder()
            .id(org.reformkit.core.model.FinanceTotalId.of("all"))
            .description(Fixtures.text("All"))
            .amount(org.reformkit.core.model.Money.parse("USD 1"))
            .build();
    org.reformkit.core.model.Risk risk =
        org.reformkit.core.model.Risk.builder()
            .id(org.reformkit.core.model.RiskId.of("r"))
            .description(Fixtures.text("A risk"))
            .build();
    ValidationResult result =
        RuleSet.of(EVERYTHING)
            .validate(
                Fixtures.programme()
                    .withFinances(
                        org.reformkit.core.model.Finances.builder()
                            .addLine(line)
                            .addTotal(total)
                            .build())
                    .withRisks(risk),
                Fixtures.CONTEXT);

    assertThat(result.findings())
        .extracting(f -> f.path().toString())
        .containsSubsequence(
            "postTotals[new-technical]",
            "finances",
            "finances.lines[spent]",
            "finances.totals[all]",
            "risks[r]",
            "indicators[interviews]");
  }

  /** Reports every element of one type it is shown, at its path. */
  private static <T> Rule<T> every(String code, Class<T> type) {
    return Rule.of(
        code,
        type,
        Severity.INFO,
        "Sees every element of one type",
        (element, at) -> at.report(type.getSimpleName(), ImmutableMap.of()));
  }

  @Test
  void eachElementTypeIsWalkedOnlyForTheRulesThatApplyToIt() {
    ProgressReport report = report();
    List<Class<?>> types =
        List.of(
            org.reformkit.core.model.Phase.class,
            org.reformkit.core.model.Milestone.class,
            org.reformkit.core.model.PostLine.class,
            org.reformkit.core.model.Post.class,
            org.reformkit.core.model.PostTotal.class,
            org.reformkit.core.model.Indicator.class,
            org.reformkit.core.model.StaffEngagement.class,
            ExternalSupport.class,
            Policy.class,
            Committee.class);
    List<String> expected =
        List.of(
            "commitments[bpr].phases[a], commitments[bpr].phases[b], commitments[bpr].phases[c],"
                + " commitments[bpr].phases[d], commitments[bpr].phases[e]",
            "commitments[bpr].milestones[remaining-items]",
            "postLines[hq], postLines[field]",
            "posts[p1]",
            "postTotals[new-technical]",
            "indicators[interviews], indicators[field-share], indicators[mrf-done]",
            "engagements[union]",
            "externalSupport[s]",
            "policies[pol]",
            "committees[com]");

    for (int t = 0; t < types.size(); t++) {
      String name = types.get(t).getSimpleName();
      ValidationResult result =
          RuleSet.of(every("ONE_TYPE", types.get(t))).validate(report, Fixtures.CONTEXT);
      assertThat(
              String.join(", ", result.findings().stream().map(f -> f.path().toString()).toList()))
          .as(name)
          .isEqualTo(expected.get(t));
      assertThat(result.findings()).allSatisfy(f -> assertThat(f.message()).isEqualTo(name));
    }
    assertThat(RuleSet.empty().validate(report, Fixtures.CONTEXT).findings()).isEmpty();
  }

  @Test
  void eachRuleReportsWithItsOwnSeverityInTheSet() {
    RuleSet rules =
        RuleSet.of(
                every("LINES", org.reformkit.core.model.PostLine.class),
                every("POSTS_AND_LINES", org.reformkit.core.model.PostDetails.class))
            .withSeverity("POSTS_AND_LINES", Severity.ERROR);

    ValidationResult result = rules.validate(report().programme(), Fixtures.CONTEXT);

    assertThat(result.findings())
        .extracting(f -> f.path() + " " + f.code() + " " + f.severity())
        .containsExactly(
            "postLines[hq] LINES INFO",
            "postLines[hq] POSTS_AND_LINES ERROR",
            "postLines[field] LINES INFO",
            "postLines[field] POSTS_AND_LINES ERROR",
            "posts[p1] POSTS_AND_LINES ERROR");
  }
}
