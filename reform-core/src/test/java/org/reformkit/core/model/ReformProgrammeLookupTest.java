package org.reformkit.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Looking elements of a programme up by identifier: the first with it, or nothing. */
class ReformProgrammeLookupTest {
  private static final LocalizedText TEXT = LocalizedText.of("en", "text");

  private static Commitment commitment(String id, Status status) {
    return Commitment.builder().id(CommitmentId.of(id)).title(TEXT).status(status).build();
  }

  private static PostLine line(String id, int count) {
    return PostLine.builder()
        .id(PostLineId.of(id))
        .location(Location.headquarters())
        .category(PostCategory.TECHNICAL)
        .origin(PostOrigin.of(OriginKind.NEW))
        .count(count)
        .build();
  }

  private static Indicator indicator(String id, Direction direction) {
    return Indicator.builder()
        .id(IndicatorId.of(id))
        .name(TEXT)
        .measure(Measure.of(MeasureKind.COUNT))
        .direction(direction)
        .build();
  }

  private static ReformProgramme.Builder programme() {
    return ReformProgramme.builder()
        .id(ProgrammeId.of("reform"))
        .name(TEXT)
        .status(Status.IN_PROGRESS);
  }

  @Test
  void eachLookupFindsTheElementWithTheIdentifier() {
    Commitment bpr = commitment("bpr", Status.IN_PROGRESS);
    Commitment field = commitment("field", Status.NOT_STARTED);
    PostLine hq = line("hq", 22);
    PostLine fieldLine = line("field", 17);
    Indicator interviews = indicator("interviews", Direction.HIGHER_IS_BETTER);
    Indicator costs = indicator("costs", Direction.LOWER_IS_BETTER);
    ReformProgramme programme =
        programme()
            .addCommitments(bpr, field)
            .addPostLines(hq, fieldLine)
            .addIndicators(interviews, costs)
            .build();

    assertThat(programme.commitment(CommitmentId.of("field"))).contains(field);
    assertThat(programme.commitment(CommitmentId.of("bpr"))).contains(bpr);
    assertThat(programme.postLine(PostLineId.of("hq"))).contains(hq);
    assertThat(programme.postLine(PostLineId.of("field"))).contains(fieldLine);
    assertThat(programme.indicator(IndicatorId.of("costs"))).contains(costs);
    assertThat(programme.indicator(IndicatorId.of("interviews"))).contains(interviews);
  }

  @Test
  void anUnknownIdentifierFindsNothing() {
    ReformProgramme programme =
        programme()
            .addCommitment(commitment("bpr", Status.IN_PROGRESS))
            .addPostLine(line("hq", 22))
            .addIndicator(indicator("interviews", Direction.HIGHER_IS_BETTER))
            .build();

    assertThat(programme.commitment(CommitmentId.of("hr"))).isEmpty();
    assertThat(programme.postLine(PostLineId.of("field"))).isEmpty();
    assertThat(programme.indicator(IndicatorId.of("costs"))).isEmpty();
  }

  @Test
  void aRepeatedIdentifierFindsTheFirstElement() {
    Commitment first = commitment("bpr", Status.IN_PROGRESS);
    Commitment second = commitment("bpr", Status.COMPLETED);
    PostLine firstLine = line("hq", 22);
    PostLine secondLine = line("hq", 5);
    Indicator firstIndicator = indicator("interviews", Direction.HIGHER_IS_BETTER);
    Indicator secondIndicator = indicator("interviews", Direction.HOLD);
    ReformProgramme programme =
        programme()
            .addCommitments(first, second)
            .addPostLines(firstLine, secondLine)
            .addIndicators(firstIndicator, secondIndicator)
            .build();

    assertThat(programme.commitment(CommitmentId.of("bpr"))).contains(first);
    assertThat(programme.postLine(PostLineId.of("hq"))).contains(firstLine);
    assertThat(programme.indicator(IndicatorId.of("interviews"))).contains(firstIndicator);
  }

  @Test
  void aCopyLooksUpInItsOwnElementsAndTheLookupIsNotPartOfTheValue() {
    ReformProgramme programme = programme().addPostLine(line("hq", 22)).build();
    assertThat(programme.postLine(PostLineId.of("hq"))).isPresent();

    PostLine field = line("field", 17);
    ReformProgramme copy = programme.withPostLines(field);

    assertThat(copy.postLine(PostLineId.of("hq"))).isEmpty();
    assertThat(copy.postLine(PostLineId.of("field"))).contains(field);
    ReformProgramme fresh = programme().addPostLine(line("hq", 22)).build();
    assertThat(fresh).isEqualTo(programme).hasSameHashCodeAs(programme);
    assertThat(fresh.toString()).isEqualTo(programme.toString());
  }
}
