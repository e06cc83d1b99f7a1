package org.reformkit.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecommendationsModelTest {
  private static final DocumentReference JIU =
      DocumentReference.of(DocumentSymbol.parse("JIU/REP/2016/8"));
  private static final DocumentReference JIU_PARAGRAPH =
      DocumentReference.builder()
          .symbol(DocumentSymbol.parse("JIU/REP/2016/8"))
          .addParagraph(4)
          .build();
  private static final DocumentReference IEE =
      DocumentReference.builder().title(LocalizedText.of("en", "IEE")).build();

  private static Recommendation.Builder recommendation() {
    return Recommendation.builder().id(RecommendationId.of("r3")).source(JIU);
  }

  @Test
  void recommendationKeepsItsNumberAsTheSourceWritesIt() {
    Recommendation r = recommendation().number("IEE 3.12").build();

    assertThat(r.number()).contains("IEE 3.12");
    assertThat(r.acceptance()).isEmpty();
    assertThat(r.status()).isEmpty();
  }

  @Test
  void recommendationNeedsANumberOrAText() {
    assertThatThrownBy(() -> recommendation().build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("recommendation r3 needs a number or a text to say which it is");
    assertThat(recommendation().text(LocalizedText.of("en", "Do it")).build().number()).isEmpty();
    assertThatThrownBy(() -> recommendation().number(" ").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("recommendation number must not be blank");
    assertThatThrownBy(() -> recommendation().number("1").addParagraph(0).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("recommendation paragraph must be positive");
  }

  @Test
  void actionNeedsANumberAndPositiveParagraphs() {
    assertThat(RecommendationAction.builder().number("3.12 (a)").build().status()).isEmpty();
    assertThatThrownBy(() -> RecommendationAction.builder().number("").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("recommendation action number must not be blank");
    assertThatThrownBy(() -> RecommendationAction.builder().number("1").addParagraph(-1).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("recommendation action paragraph");
  }

  @Test
  void overdueOnlyWhenOpenAndCertainlyDueBeforeTheDay() {
    LocalDate day = LocalDate.of(2016, 1, 1);
    PartialDate by2015 = PartialDate.parse("by 2015");
    Recommendation open =
        recommendation().number("1").status(ImplementationStatus.IN_PROGRESS).due(by2015).build();

    assertThat(open.overdueOn(day)).contains(by2015);
    assertThat(open.overdueOn(LocalDate.of(2015, 12, 31))).isEmpty();
    assertThat(open.withStatus(ImplementationStatus.NOT_STARTED).overdueOn(day)).contains(by2015);
    assertThat(open.withStatus(ImplementationStatus.IMPLEMENTED).overdueOn(day)).isEmpty();
    assertThat(open.withStatus(Optional.empty()).overdueOn(day)).isEmpty();
    assertThat(open.withDue(Optional.empty()).overdueOn(day)).isEmpty();
  }

  @Test
  void statusesSayWhetherImplementedAndClosed() {
    assertThat(ImplementationStatus.IMPLEMENTED.isImplemented()).isTrue();
    assertThat(ImplementationStatus.SUPERSEDED.isImplemented()).isFalse();
    assertThat(ImplementationStatus.SUPERSEDED.isClosed()).isTrue();
    assertThat(ImplementationStatus.CLOSED_WITHOUT_IMPLEMENTATION.isClosed()).isTrue();
    assertThat(ImplementationStatus.IN_PROGRESS.isClosed()).isFalse();
    assertThat(ImplementationStatus.NOT_STARTED.isClosed()).isFalse();
    assertThat(Acceptance.ACCEPTED.isAccepted()).isTrue();
    assertThat(Acceptance.PARTIALLY_ACCEPTED.isAccepted()).isTrue();
    assertThat(Acceptance.NOT_ACCEPTED.isAccepted()).isFalse();
    assertThat(Acceptance.UNDER_CONSIDERATION.isAccepted()).isFalse();
  }

  @Test
  void sameDocumentIgnoresCitedParagraphs() {
    assertThat(JIU.isSameDocument(JIU_PARAGRAPH)).isTrue();
    assertThat(JIU.isSameDocument(IEE)).isFalse();
    assertThat(IEE.isSameDocument(JIU)).isFalse();
    assertThat(IEE.isSameDocument(IEE.withParagraphs(2))).isTrue();
    assertThat(
            IEE.isSameDocument(
                DocumentReference.builder().title(LocalizedText.of("en", "Other")).build()))
        .isFalse();
  }

  @Test
  void totalCountsRecommendationsOfItsSourceAndStatus() {
    Recommendation implemented =
        recommendation()
            .number("1")
            .status(ImplementationStatus.IMPLEMENTED)
            .build()
            .withSource(JIU_PARAGRAPH);
    Recommendation unstated = recommendation().number("2").build();
    RecommendationTotal all =
        RecommendationTotal.builder()
            .id(RecommendationTotalId.of("all"))
            .source(JIU)
            .count(57)
            .build();
    RecommendationTotal done = all.withStatus(ImplementationStatus.IMPLEMENTED).withCount(25);
    RecommendationTotal anySource =
        RecommendationTotal.builder().id(RecommendationTotalId.of("any")).count(3).build();

    assertThat(all.counts(implemented)).isTrue();
    assertThat(all.counts(unstated)).isTrue();
    assertThat(done.counts(implemented)).isTrue();
    assertThat(done.counts(unstated)).isFalse();
    assertThat(done.counts(implemented.withSource(IEE))).isFalse();
    assertThat(anySource.counts(implemented.withSource(IEE))).isTrue();
    assertThat(all.hasPart(done)).isTrue();
    assertThat(done.hasPart(all)).isFalse();
    assertThat(all.hasPart(all)).isFalse();
    assertThat(all.hasPart(done.withSource(IEE))).isFalse();
    assertThat(anySource.hasPart(done)).isFalse();
    assertThat(all.hasPart(anySource.withStatus(ImplementationStatus.IMPLEMENTED))).isFalse();
    assertThat(anySource.hasPart(anySource.withStatus(ImplementationStatus.IMPLEMENTED))).isTrue();
  }

  @Test
  void totalNeedsACountAndNoNegativeOne() {
    RecommendationTotal.Builder total =
        RecommendationTotal.builder().id(RecommendationTotalId.of("t"));
    assertThatThrownBy(total::build)
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("recommendation total t needs a count of recommendations or of actions");
    assertThat(
            RecommendationTotal.builder()
                .id(RecommendationTotalId.of("t"))
                .actions(330)
                .build()
                .count())
        .isEmpty();
    assertThatThrownBy(
            () -> RecommendationTotal.builder().id(RecommendationTotalId.of("t")).count(-1).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("recommendation total count must not be negative: -1");
    assertThatThrownBy(
            () ->
                RecommendationTotal.builder().id(RecommendationTotalId.of("t")).actions(-2).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("recommendation total actions must not be negative: -2");
    assertThatThrownBy(
            () ->
                RecommendationTotal.builder()
                    .id(RecommendationTotalId.of("t"))
                    .count(1)
                    .addParagraph(0)
                    .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("recommendation total paragraph");
  }

  @Test
  void noneSaysNothingOfRecommendations() {
    assertThat(Recommendations.none().isEmpty()).isTrue();
    assertThat(
            Recommendations.builder()
                .addListed(recommendation().number("1").build())
                .build()
                .isEmpty())
        .isFalse();
    assertThat(
            Recommendations.builder()
                .addTotal(
                    RecommendationTotal.builder()
                        .id(RecommendationTotalId.of("t"))
                        .count(1)
                        .build())
                .build()
                .isEmpty())
        .isFalse();
    assertThat(
            ReformProgramme.builder()
                .id(ProgrammeId.of("p"))
                .name(LocalizedText.of("en", "P"))
                .build()
                .recommendations())
        .isEqualTo(Recommendations.none());
  }

  @Test
  void identifiersAreCheckedAndOrdered() {
    assertThatThrownBy(() -> RecommendationId.of("-x"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("recommendation id");
    assertThatThrownBy(() -> RecommendationTotalId.of(" "))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("recommendation total id");
    assertThat(RecommendationId.of("a").compareTo(RecommendationId.of("b"))).isNegative();
    assertThat(RecommendationTotalId.of("b").compareTo(RecommendationTotalId.of("a"))).isPositive();
    assertThat(RecommendationId.of("a")).hasToString("a");
    assertThat(RecommendationTotalId.of("t")).hasToString("t");
  }

  @Test
  void dutyStationTakesAnIsoCountryCode() {
    DutyStation nairobi = DutyStation.of(LocalizedText.of("en", "Nairobi"), "KE");

    assertThat(nairobi).hasToString("Nairobi (KE)");
    assertThat(DutyStation.isCountryCode("CH")).isTrue();
    assertThat(DutyStation.isCountryCode("ch")).isFalse();
    assertThat(DutyStation.isCountryCode("XX")).isFalse();
    assertThatThrownBy(() -> DutyStation.of(LocalizedText.of("en", "Atlantis"), "XX"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "duty station country 'XX' is not an ISO 3166-1 alpha-2 country code such as KE or CH");
    assertThatThrownBy(() -> DutyStation.of(LocalizedText.of("en", "X"), "K\u001b"))
        .hasMessageContaining("K\\u001b");
  }

  @Test
  void locationNamesItsDutyStationWhenGiven() {
    DutyStation nairobi = DutyStation.of(LocalizedText.of("en", "Nairobi"), "KE");
    Location field = Location.field();

    assertThat(field.dutyStation()).isEmpty();
    assertThat(field.withDutyStation(nairobi).dutyStation()).contains(nairobi);
    assertThat(field.withDutyStation(nairobi))
        .isNotEqualTo(field)
        .hasToString("field at Nairobi (KE)");
  }

  @Test
  void relocationSaysWhetherItStaysInPlace() {
    Relocation move =
        Relocation.builder().from(Location.headquarters()).to(Location.field()).build();

    assertThat(move.staysInPlace()).isFalse();
    assertThat(move.withTo(Location.headquarters()).staysInPlace()).isTrue();
    assertThat(move.date()).isEmpty();
    assertThatThrownBy(
            () ->
                Relocation.builder()
                    .from(Location.headquarters())
                    .to(Location.field())
                    .addParagraph(0)
                    .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("relocation paragraph");
  }

  @Test
  void aRelocationMayLeaveItsDestinationNotStatedAndThenDoesNotStayInPlace() {
    Relocation out = Relocation.builder().from(Location.headquarters()).build();

    assertThat(out.to()).isEmpty();
    assertThat(out.from()).isEqualTo(Location.headquarters());
    // the posts are said to leave; with no destination they cannot be found to stay
    assertThat(out.staysInPlace()).isFalse();
    assertThat(out.withTo(Location.headquarters()).staysInPlace()).isTrue();
    assertThat(out.withTo(Location.headquarters()).withTo(Optional.empty())).isEqualTo(out);
    assertThatThrownBy(() -> Relocation.builder().to(Location.field()).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("from");
  }
}
