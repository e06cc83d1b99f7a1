package org.reformkit.examples;

import org.reformkit.core.model.Acceptance;
import org.reformkit.core.model.DocumentReference;
import org.reformkit.core.model.DocumentSymbol;
import org.reformkit.core.model.DutyStation;
import org.reformkit.core.model.ImplementationStatus;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.Location;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.PostLine;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.Recommendation;
import org.reformkit.core.model.RecommendationId;
import org.reformkit.core.model.RecommendationTotal;
import org.reformkit.core.model.RecommendationTotalId;
import org.reformkit.core.model.Recommendations;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.Relocation;

/**
 * Test data only, synthetic: the seed report with recommendations of an oversight body and a
 * relocated line of posts added, for the summary and dashboard tests. Not a public fact.
 */
public final class OversightFixture {
  private OversightFixture() {}

  /**
   * Returns the seed report with two listed recommendations, two stated counts and the field line
   * relocated from headquarters (Geneva) to the field (Bangkok).
   *
   * @return the report
   */
  public static ProgressReport report() {
    ProgressReport seed = SeedReport.november2015();
    ReformProgramme p = seed.programme();
    DocumentReference jiu = DocumentReference.of(DocumentSymbol.parse("JIU/REP/2014/8"));
    Recommendations recommendations =
        Recommendations.builder()
            .addListed(
                Recommendation.builder()
                    .id(RecommendationId.of("jiu-1"))
                    .source(jiu)
                    .number("Recommendation 1")
                    .acceptance(Acceptance.ACCEPTED)
                    .status(ImplementationStatus.IMPLEMENTED)
                    .addAnsweredBy(p.commitments().get(0).id())
                    .build(),
                Recommendation.builder()
                    .id(RecommendationId.of("jiu-2"))
                    .source(jiu)
                    .number("Recommendation 2")
                    .acceptance(Acceptance.ACCEPTED)
                    .status(ImplementationStatus.IN_PROGRESS)
                    .due(PartialDate.parse("2015-06"))
                    .addAnsweredBy(p.commitments().get(1).id())
                    .build())
            .addTotals(
                RecommendationTotal.builder()
                    .id(RecommendationTotalId.of("jiu-all"))
                    .source(jiu)
                    .count(5)
                    .build(),
                RecommendationTotal.builder()
                    .id(RecommendationTotalId.of("jiu-done"))
                    .source(jiu)
                    .status(ImplementationStatus.IMPLEMENTED)
                    .count(1)
                    .build())
            .build();
    PostLine field = p.postLines().get(1);
    Location geneva =
        Location.headquarters()
            .withDutyStation(DutyStation.of(LocalizedText.of("en", "Geneva"), "CH"));
    Location bangkok =
        field.location().withDutyStation(DutyStation.of(LocalizedText.of("en", "Bangkok"), "TH"));
    PostLine moved = field.withRelocation(Relocation.builder().from(geneva).to(bangkok).build());
    return seed.withProgramme(
        p.withRecommendations(recommendations).withPostLines(p.postLines().get(0), moved));
  }
}
