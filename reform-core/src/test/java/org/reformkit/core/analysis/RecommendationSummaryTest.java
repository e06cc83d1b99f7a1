package org.reformkit.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reformkit.core.analysis.Fixtures.text;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.reformkit.core.model.Acceptance;
import org.reformkit.core.model.DocumentReference;
import org.reformkit.core.model.DocumentSymbol;
import org.reformkit.core.model.ImplementationStatus;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.Recommendation;
import org.reformkit.core.model.RecommendationId;
import org.reformkit.core.model.RecommendationTotal;
import org.reformkit.core.model.RecommendationTotalId;
import org.reformkit.core.model.Recommendations;

class RecommendationSummaryTest {
  private static final DocumentReference JIU =
      DocumentReference.of(DocumentSymbol.parse("JIU/REP/2016/8"));
  private static final DocumentReference IEE =
      DocumentReference.builder().title(text("Independent External Evaluation")).build();

  private static Recommendation rec(String id, DocumentReference source) {
    return Recommendation.builder().id(RecommendationId.of(id)).source(source).number(id).build();
  }

  private static ProgressReport report(Recommendations recommendations) {
    return Fixtures.report(
        "GB.325/INS/15/1",
        "2015-11",
        Fixtures.programme().recommendations(recommendations).build());
  }

  private static Recommendations sample() {
    return Recommendations.builder()
        .addListed(
            rec("1", JIU)
                .withAcceptance(Acceptance.ACCEPTED)
                .withStatus(ImplementationStatus.IMPLEMENTED),
            rec("2", IEE)
                .withAcceptance(Acceptance.PARTIALLY_ACCEPTED)
                .withStatus(ImplementationStatus.IN_PROGRESS),
            rec("3", JIU.withParagraphs(4)).withStatus(ImplementationStatus.SUPERSEDED),
            rec("4", JIU).withAcceptance(Acceptance.NOT_ACCEPTED))
        .addTotals(
            RecommendationTotal.builder()
                .id(RecommendationTotalId.of("all"))
                .source(IEE)
                .count(109)
                .actions(330)
                .build(),
            RecommendationTotal.builder()
                .id(RecommendationTotalId.of("done"))
                .status(ImplementationStatus.IMPLEMENTED)
                .count(25)
                .build())
        .build();
  }

  @Test
  void groupsBySourceAndCountsAcceptanceAndStatusWithNotStatedApart() {
    RecommendationSummary summary = Analyses.recommendations(report(sample()));

    assertThat(summary.rows()).hasSize(2);
    RecommendationRow jiu = summary.rows().get(0);
    assertThat(jiu.source().in(Locale.ENGLISH)).isEqualTo("JIU/REP/2016/8");
    assertThat(jiu.listed()).isEqualTo(3);
    assertThat(jiu.withAcceptance(Acceptance.ACCEPTED)).isEqualTo(1);
    assertThat(jiu.withAcceptance(Acceptance.NOT_ACCEPTED)).isEqualTo(1);
    assertThat(jiu.withAcceptance(Acceptance.UNDER_CONSIDERATION)).isZero();
    assertThat(jiu.acceptanceNotStated()).isEqualTo(1);
    assertThat(jiu.withStatus(ImplementationStatus.IMPLEMENTED)).isEqualTo(1);
    assertThat(jiu.withStatus(ImplementationStatus.SUPERSEDED)).isEqualTo(1);
    assertThat(jiu.statusNotStated()).isEqualTo(1);
    assertThat(jiu.implementationRate()).contains(new BigDecimal("0.5"));
    assertThat(summary.rows().get(1).source().in(Locale.ENGLISH))
        .isEqualTo("Independent External Evaluation");
    assertThat(summary.rows().get(1).implementationRate()).contains(BigDecimal.ZERO);
    assertThat(summary.overall().listed()).isEqualTo(4);
    assertThat(summary.overall().implementationRate())
        .contains(BigDecimal.ONE.divide(new BigDecimal(3), java.math.MathContext.DECIMAL64));
    assertThat(summary.statedTotals()).hasSize(2);
  }

  @Test
  void noStatedStatusGivesNoRateAndNoRecommendationsGiveNoRows() {
    RecommendationSummary unstated =
        Analyses.recommendations(
            report(Recommendations.builder().addListed(rec("1", JIU), rec("2", JIU)).build()));
    RecommendationSummary none = Analyses.recommendations(report(Recommendations.none()));

    assertThat(unstated.overall().implementationRate()).isEmpty();
    assertThat(unstated.toTable().rows().get(1).get(13)).isEqualTo("2 not stated");
    assertThat(none.rows()).isEmpty();
    assertThat(none.overall().listed()).isZero();
    assertThat(none.overall().implementationRate()).isEmpty();
    assertThat(none.toTable().rows()).hasSize(1);
    assertThat(none.toTable().rows().get(0).get(13)).isEmpty();
  }

  @Test
  void tableShowsCountsAndTheRateWithHowManyAreNotStated() {
    RecommendationSummary summary = Analyses.recommendations(report(sample()));

    assertThat(summary.toTable().headers())
        .containsExactly(
            "Source",
            "Listed",
            "Accepted",
            "Partially accepted",
            "Not accepted",
            "Under consideration",
            "Acceptance not stated",
            "Not started",
            "In progress",
            "Implemented",
            "Closed without implementation",
            "Superseded",
            "Status not stated",
            "Implementation rate");
    assertThat(summary.toTable().rows().get(0))
        .containsExactly(
            "JIU/REP/2016/8",
            "3",
            "1",
            "0",
            "1",
            "0",
            "1",
            "0",
            "0",
            "1",
            "0",
            "1",
            "1",
            "50%, 1 not stated");
    assertThat(summary.toTable().rows().get(2).get(0)).isEqualTo("All sources");
    assertThat(summary.toTable().rows().get(1).get(13)).isEqualTo("0%");
    assertThat(summary.toString()).isEqualTo(summary.toTable().toString());
    assertThat(summary.toString())
        .contains(
            "JIU/REP/2016/8                        3         1                   0             1")
        .contains("1    50%, 1 not stated\n");
    assertThat(summary.toTable(Locale.CHINESE).rows().get(2).get(0)).isEqualTo("所有来源");
    assertThat(summary.toTable(Locale.CHINESE).rows().get(1).get(0))
        .isEqualTo("中Independent External Evaluation");
  }

  @Test
  void statedTotalsTableShowsWhatTheReportStatesAndLeavesTheRestBlank() {
    RecommendationSummary summary = Analyses.recommendations(report(sample()));

    assertThat(summary.statedTotalsTable(Locale.ENGLISH).rows())
        .containsExactly(
            com.google.common.collect.ImmutableList.of(
                "Independent External Evaluation", "every status", "109", "330"),
            com.google.common.collect.ImmutableList.of("", "Implemented", "25", ""));
    assertThat(summary.statedTotalsTable(Locale.FRENCH).rows().get(0).get(1))
        .isEqualTo("tous états");
  }

  @Test
  void summariesAreValues() {
    RecommendationSummary summary = Analyses.recommendations(report(sample()));
    RecommendationSummary same = Analyses.recommendations(report(sample()));
    Recommendations fewer = Recommendations.builder().addAllListed(sample().listed()).build();
    Recommendations other =
        Recommendations.builder()
            .addAllListed(sample().listed().subList(0, 3))
            .addAllTotals(sample().totals())
            .build();

    assertThat(summary).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo("summary");
    assertThat(summary).isNotEqualTo(Analyses.recommendations(report(fewer)));
    assertThat(summary.hashCode()).isNotEqualTo(Analyses.recommendations(report(fewer)).hashCode());
    assertThat(summary.rows().get(0).hashCode()).isNotEqualTo(summary.rows().get(1).hashCode());
    assertThat(summary).isNotEqualTo(Analyses.recommendations(report(other)));
    RecommendationRow row = summary.rows().get(0);
    assertThat(row).isEqualTo(same.rows().get(0)).hasSameHashCodeAs(same.rows().get(0));
    assertThat(row).isNotEqualTo(summary.rows().get(1)).isNotEqualTo("row");
    assertThat(row.toString()).startsWith("JIU/REP/2016/8: 3 listed");
  }
}
