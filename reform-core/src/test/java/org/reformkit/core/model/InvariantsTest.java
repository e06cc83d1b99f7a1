package org.reformkit.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.base.Strings;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the model refuses (only the meaningless, with a message naming the field) and what it
 * accepts although it is inconsistent (left to the rule checks).
 */
class InvariantsTest {
  private static final LocalizedText TEXT = LocalizedText.zhEn("业务流程审查", "Business process review");

  static PostLine.Builder postLine() {
    return PostLine.builder()
        .id(PostLineId.of("hq-technical"))
        .location(Location.headquarters())
        .category(PostCategory.TECHNICAL)
        .origin(PostOrigin.of(OriginKind.NEW));
  }

  static Phase phase(String id, Status status) {
    return Phase.builder()
        .id(PhaseId.of(id))
        .name(LocalizedText.of("en", id))
        .status(status)
        .build();
  }

  static StaffEngagement.Builder engagement() {
    return StaffEngagement.builder()
        .id(EngagementId.of("interviews"))
        .counterpart(Counterpart.STAFF)
        .subject(TEXT)
        .status(Status.COMPLETED);
  }

  @Nested
  class Identifiers {
    static Stream<Arguments> identifierTypes() {
      return Stream.of(
          Arguments.of("commitment id", (Function<String, Object>) CommitmentId::of),
          Arguments.of("phase id", (Function<String, Object>) PhaseId::of),
          Arguments.of("deliverable id", (Function<String, Object>) DeliverableId::of),
          Arguments.of("milestone id", (Function<String, Object>) MilestoneId::of),
          Arguments.of("statement id", (Function<String, Object>) StatementId::of),
          Arguments.of("post id", (Function<String, Object>) PostId::of),
          Arguments.of("post line id", (Function<String, Object>) PostLineId::of),
          Arguments.of("post total id", (Function<String, Object>) PostTotalId::of),
          Arguments.of("indicator id", (Function<String, Object>) IndicatorId::of),
          Arguments.of("engagement id", (Function<String, Object>) EngagementId::of),
          Arguments.of("external support id", (Function<String, Object>) SupportId::of),
          Arguments.of("policy id", (Function<String, Object>) PolicyId::of),
          Arguments.of("committee id", (Function<String, Object>) CommitteeId::of),
          Arguments.of("programme id", (Function<String, Object>) ProgrammeId::of));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("identifierTypes")
    void refuseABlankIdentifierNamingTheField(String field, Function<String, Object> of) {
      for (String blank : new String[] {"", " ", "\t"}) {
        assertThatThrownBy(() -> of.apply(blank))
            .isInstanceOf(InvalidValueException.class)
            .hasMessage(field + " must not be blank");
      }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("identifierTypes")
    void refuseAMalformedIdentifierNamingTheFieldAndValue(
        String field, Function<String, Object> of) {
      for (String bad :
          new String[] {"-bpr", ".x", "a b", "bpr!", "业务", " bpr", Strings.repeat("a", 129)}) {
        assertThatThrownBy(() -> of.apply(bad))
            .isInstanceOf(InvalidValueException.class)
            .hasMessageStartingWith(field + " '" + bad + "' is not an identifier");
      }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("identifierTypes")
    void acceptAndPrintWellFormedIdentifiers(String field, Function<String, Object> of) {
      for (String good :
          new String[] {
            "bpr", "a", "0", "GB.325/INS/15/1", "hr:mobility_2", Strings.repeat("z", 128)
          }) {
        assertThat(of.apply(good)).hasToString(good).isEqualTo(of.apply(good));
      }
    }

    @Test
    void refuseANullIdentifierNamingTheField() {
      assertThatThrownBy(() -> CommitmentId.of(null))
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("value");
    }

    @Test
    void orderByTheirText() {
      assertThat(CommitmentId.of("a")).isLessThan(CommitmentId.of("b"));
      assertThat(PostLineId.of("hq").compareTo(PostLineId.of("hq"))).isZero();
    }
  }

  @Nested
  class Posts {
    @Test
    void refuseALineWithANegativeCount() {
      assertThatThrownBy(() -> postLine().count(-1).build())
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("post line count must not be negative: -1");
      PostLine line = postLine().count(22).build();
      assertThatThrownBy(() -> line.withCount(-1))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("post line count");
    }

    @Test
    void acceptALineOfZeroPosts() {
      PostLine none = postLine().count(0).build();

      assertThat(none.count()).isZero();
      assertThat(none.headCount()).isZero();
    }

    @Test
    void acceptSharesThatDoNotAddUpToTheLine() {
      PostLine line =
          postLine()
              .count(22)
              .addOfWhich(PostShare.of(PostOrigin.of(OriginKind.NEW), 30))
              .addOfWhich(PostShare.some(PostOrigin.transferredFrom(OrgUnit.named(TEXT))))
              .build();

      assertThat(line.ofWhich()).hasSize(2);
      assertThat(line.ofWhich().get(1).count()).isEmpty();
      assertThat(line.ofWhich().get(1)).hasToString("some (not stated) transferred from " + TEXT);
    }

    @Test
    void refuseAShareWithANegativeCount() {
      assertThatThrownBy(() -> PostShare.of(PostOrigin.of(OriginKind.NEW), -1))
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("post share count must not be negative: -1");
    }

    @Test
    void countASinglePostAsOneHead() {
      Post post =
          Post.builder()
              .id(PostId.of("p1"))
              .location(Location.field())
              .category(PostCategory.TECHNICAL)
              .origin(PostOrigin.of(OriginKind.NEW))
              .grade(Grade.P_4)
              .build();

      assertThat(post.headCount()).isEqualTo(1);
      assertThat(post.location().inField()).isTrue();
    }

    @Test
    void acceptATotalThatDoesNotAddUp() {
      PostLine headquarters = postLine().count(22).build();
      PostLine field =
          PostLine.builder()
              .id(PostLineId.of("field-technical"))
              .location(Location.field())
              .category(PostCategory.TECHNICAL)
              .origin(PostOrigin.of(OriginKind.NEW))
              .count(17)
              .build();
      PostTotal total =
          PostTotal.builder()
              .id(PostTotalId.of("all"))
              .description(TEXT)
              .count(40)
              .addLine(headquarters.id())
              .addLine(field.id())
              .build();

      ReformProgramme programme =
          ReformProgramme.builder()
              .id(ProgrammeId.of("reform"))
              .name(TEXT)
              .status(Status.IN_PROGRESS)
              .addPostLines(headquarters, field)
              .addPostTotal(total)
              .build();

      assertThat(programme.postTotals()).containsExactly(total);
      assertThat(programme.postLines().stream().mapToInt(PostLine::count).sum()).isEqualTo(39);
      assertThat(programme.postLine(PostLineId.of("field-technical"))).contains(field);
    }

    @Test
    void refuseANegativeTotal() {
      assertThatThrownBy(
              () ->
                  PostTotal.builder().id(PostTotalId.of("all")).description(TEXT).count(-3).build())
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("post total count must not be negative: -3");
    }

    @Test
    void refuseABlankUnitCode() {
      assertThatThrownBy(() -> OrgUnit.of(" ", TEXT))
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("unit code must not be blank");
    }
  }

  @Nested
  class IndicatorValues {
    @Test
    void refuseACountThatIsNotWhole() {
      assertThatThrownBy(
              () ->
                  IndicatorValue.of(
                      MeasureKind.COUNT,
                      Optional.of(new BigDecimal("1.5")),
                      Optional.empty(),
                      Optional.empty(),
                      Optional.empty()))
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("a count must be a whole number: 1.5");
    }

    @Test
    void refuseANegativeCount() {
      assertThatThrownBy(() -> IndicatorValue.count(-1))
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("a count must not be negative: -1");
    }

    @Test
    void acceptAWholeCountWrittenWithDecimals() {
      IndicatorValue count =
          IndicatorValue.of(
              MeasureKind.COUNT,
              Optional.of(new BigDecimal("75.00")),
              Optional.empty(),
              Optional.empty(),
              Optional.empty());

      assertThat(count).hasToString("75.00");
      assertThat(IndicatorValue.count(75)).hasToString("75");
      assertThat(IndicatorValue.count(0)).hasToString("0");
    }

    @Test
    void acceptAPercentageAboveOneHundred() {
      assertThat(IndicatorValue.percentage(new BigDecimal("150"))).hasToString("150%");
      assertThat(IndicatorValue.percentage(new BigDecimal("-5"))).hasToString("-5%");
    }

    @Test
    void refuseAnAmountWithoutACurrency() {
      assertThatThrownBy(
              () ->
                  IndicatorValue.of(
                      MeasureKind.AMOUNT,
                      Optional.of(BigDecimal.TEN),
                      Optional.empty(),
                      Optional.empty(),
                      Optional.empty()))
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("an amount needs a currency");
    }

    @ParameterizedTest
    @ValueSource(strings = {"usd", "US", "USDX", "$", ""})
    void refuseACurrencyThatIsNotAnIsoCode(String currency) {
      assertThatThrownBy(() -> IndicatorValue.amount(BigDecimal.ONE, currency))
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("currency '" + currency + "' is not an ISO 4217 code such as USD or CHF");
    }

    @Test
    void printAmountsYesNoAndTexts() {
      assertThat(IndicatorValue.amount(new BigDecimal("1500000"), "USD"))
          .hasToString("1500000 USD");
      assertThat(IndicatorValue.yesNo(true)).hasToString("yes");
      assertThat(IndicatorValue.yesNo(false)).hasToString("no");
      assertThat(IndicatorValue.text(LocalizedText.of("en", "done"))).hasToString("done");
      assertThat(IndicatorValue.number(new BigDecimal("-2.5"))).hasToString("-2.5");
    }

    @Test
    void refusePartsThatDoNotBelongToTheKind() {
      Optional<BigDecimal> one = Optional.of(BigDecimal.ONE);
      assertThatThrownBy(
              () ->
                  IndicatorValue.of(
                      MeasureKind.PERCENTAGE,
                      one,
                      Optional.of("USD"),
                      Optional.empty(),
                      Optional.empty()))
          .hasMessage("only an amount has a currency, not a PERCENTAGE value");
      assertThatThrownBy(
              () ->
                  IndicatorValue.of(
                      MeasureKind.YES_NO,
                      Optional.empty(),
                      Optional.empty(),
                      Optional.empty(),
                      Optional.empty()))
          .hasMessage("a yes/no value needs a flag");
      assertThatThrownBy(
              () ->
                  IndicatorValue.of(
                      MeasureKind.YES_NO,
                      one,
                      Optional.empty(),
                      Optional.of(true),
                      Optional.empty()))
          .hasMessage("a YES_NO value has no number");
      assertThatThrownBy(
              () ->
                  IndicatorValue.of(
                      MeasureKind.COUNT,
                      one,
                      Optional.empty(),
                      Optional.of(true),
                      Optional.empty()))
          .hasMessage("only a yes/no value has a flag");
      assertThatThrownBy(
              () ->
                  IndicatorValue.of(
                      MeasureKind.QUALITATIVE,
                      Optional.empty(),
                      Optional.empty(),
                      Optional.empty(),
                      Optional.empty()))
          .hasMessage("a qualitative value needs a text");
      assertThatThrownBy(
              () ->
                  IndicatorValue.of(
                      MeasureKind.NUMBER,
                      Optional.empty(),
                      Optional.empty(),
                      Optional.empty(),
                      Optional.empty()))
          .hasMessage("a NUMBER value needs a number");
    }

    @Test
    void refuseAnAmountMeasureWithoutACurrencyAndOtherMeasuresWithOne() {
      assertThatThrownBy(() -> Measure.of(MeasureKind.AMOUNT))
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("an amount measure needs a currency");
      assertThatThrownBy(() -> Measure.of(MeasureKind.COUNT, Optional.of("USD"), Optional.empty()))
          .hasMessage("only an amount measure has a currency, not a COUNT measure");
      assertThat(Measure.amount("CHF").currency()).contains("CHF");
    }

    @Test
    void refuseABlankApproverOrDimension() {
      Measurement.Builder builder =
          Measurement.builder().value(IndicatorValue.count(75)).date(PartialDate.ofYear(2015));
      assertThatThrownBy(() -> builder.approvedBy(" ").build())
          .hasMessage("approved by must not be blank");
      assertThatThrownBy(
              () ->
                  Measurement.builder()
                      .value(IndicatorValue.count(75))
                      .date(PartialDate.ofYear(2015))
                      .putDimension("region", "")
                      .build())
          .hasMessage("dimension 'region' must not be blank");
    }
  }

  @Nested
  class Documents {
    @Test
    void refuseAReferenceWithNeitherSymbolNorTitle() {
      assertThatThrownBy(() -> DocumentReference.builder().date(PartialDate.ofYear(2015)).build())
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("a document reference needs a symbol or a title");
    }

    @Test
    void acceptAReferenceBySymbolOrByTitle() {
      DocumentReference bySymbol = DocumentReference.of(DocumentSymbol.parse("GB.320/PFA/13"));
      DocumentReference byTitle = DocumentReference.builder().title(TEXT).build();

      assertThat(bySymbol.symbol()).map(Object::toString).contains("GB.320/PFA/13");
      assertThat(byTitle.title()).contains(TEXT);
    }

    @Test
    void refuseACitedParagraphThatIsNotPositive() {
      assertThatThrownBy(() -> DocumentReference.builder().title(TEXT).addParagraph(0).build())
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("cited paragraph must be positive: 0");
    }

    @Test
    void refuseAFootnoteNumberOrParagraphThatIsNotPositive() {
      assertThatThrownBy(() -> Footnote.builder().number(0).text(TEXT).build())
          .hasMessage("footnote number must be positive: 0");
      assertThatThrownBy(() -> Footnote.builder().number(1).text(TEXT).paragraph(-2).build())
          .hasMessage("footnote paragraph must be positive: -2");
    }

    @Test
    void refuseABlankAgendaItemOrABadOriginalLanguage() {
      GoverningBodyDocument.Builder document =
          GoverningBodyDocument.builder()
              .symbol(DocumentSymbol.parse("GB.325/INS/15/1"))
              .title(TEXT)
              .cover(DocumentCover.builder().build());
      GoverningBodyDocument valid = document.build();

      assertThatThrownBy(() -> valid.withAgendaItem(" "))
          .hasMessage("agenda item must not be blank");
      assertThatThrownBy(() -> valid.withOriginalLanguage("not a tag!"))
          .hasMessageContaining("language tag 'not a tag!'");
      assertThat(valid.withOriginalLanguage("en").originalLanguage()).contains("en");
    }
  }

  @Nested
  class Engagements {
    @Test
    void refuseAnEngagementWithoutAKind() {
      assertThatThrownBy(() -> engagement().build())
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("a staff engagement needs at least one kind");
    }

    @Test
    void refuseAPhaseWithoutItsCommitment() {
      assertThatThrownBy(
              () -> engagement().addKind(EngagementKind.INTERVIEW).phase(PhaseId.of("a")).build())
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("an engagement's phase needs its commitment");
    }

    @Test
    void refuseANegativeCount() {
      assertThatThrownBy(() -> engagement().addKind(EngagementKind.INTERVIEW).count(-1).build())
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("engagement count must not be negative: -1");
    }

    @Test
    void acceptSeventyFiveInterviewsInAPhaseOfACommitment() {
      StaffEngagement interviews =
          engagement()
              .addKind(EngagementKind.INTERVIEW)
              .count(75)
              .commitment(CommitmentId.of("bpr"))
              .phase(PhaseId.of("a"))
              .build();

      assertThat(interviews.count()).contains(75);
      assertThat(interviews.kinds()).containsExactly(EngagementKind.INTERVIEW);
    }

    @Test
    void refuseANegativeDeliverableQuantity() {
      assertThatThrownBy(
              () -> Deliverable.builder().id(DeliverableId.of("d")).name(TEXT).quantity(-1).build())
          .hasMessage("deliverable quantity must not be negative: -1");
    }
  }

  @Nested
  class Commitments {
    @Test
    void acceptACompletedPhaseAfterOneNotStarted() {
      Commitment bpr =
          Commitment.builder()
              .id(CommitmentId.of("bpr"))
              .title(TEXT)
              .status(Status.IN_PROGRESS)
              .addPhase(phase("a", Status.NOT_STARTED))
              .addPhase(phase("b", Status.COMPLETED))
              .build();

      assertThat(bpr.phases())
          .extracting(Phase::status)
          .containsExactly(Optional.of(Status.NOT_STARTED), Optional.of(Status.COMPLETED));
      assertThat(bpr.phase(PhaseId.of("b"))).flatMap(Phase::status).contains(Status.COMPLETED);
      assertThat(bpr.phase(PhaseId.of("z"))).isEmpty();
    }

    @Test
    void acceptACompletedCommitmentWhosePhasesAreNot() {
      Commitment done =
          Commitment.builder()
              .id(CommitmentId.of("bpr"))
              .title(TEXT)
              .status(Status.COMPLETED)
              .addPhase(phase("a", Status.IN_PROGRESS))
              .due(PartialDate.ofYear(2015))
              .started(PartialDate.ofYear(2016))
              .build();

      assertThat(done.status()).contains(Status.COMPLETED);
      assertThat(done.affectsStaff()).isFalse();
    }
  }

  @Nested
  class Builders {
    @Test
    void refuseAValueMissingRequiredAttributesNamingThem() {
      assertThatThrownBy(() -> Commitment.builder().id(CommitmentId.of("bpr")).build())
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("Cannot build Commitment, some of required attributes are not set [title]");
      assertThatThrownBy(() -> PostLine.builder().build())
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContainingAll("PostLine", "location", "category", "origin", "id", "count");
      assertThatThrownBy(() -> ProgressReport.builder().build())
          .hasMessageContainingAll("ProgressReport", "document", "asOf", "programme");
      assertThatThrownBy(() -> StaffEngagement.builder().build())
          .hasMessageContainingAll("id", "counterpart", "subject")
          .hasMessageNotContaining("status");
      assertThatThrownBy(
              () -> MonitoringFramework.builder().name(TEXT).status(Status.IN_PROGRESS).build())
          .hasMessage(
              "Cannot build MonitoringFramework, some of required attributes are not set"
                  + " [withTargets]");
    }

    @Test
    void refuseANullAttributeNamingIt() {
      assertThatThrownBy(() -> Commitment.builder().title(null))
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("title");
      Phase a = phase("a", Status.COMPLETED);
      assertThatThrownBy(() -> a.withStatus((Status) null))
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("status");
    }

    @Test
    void letEachAttributeBeSetOnlyOnce() {
      Commitment.Builder builder = Commitment.builder().id(CommitmentId.of("bpr"));

      assertThatThrownBy(() -> builder.id(CommitmentId.of("hr")))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("strict")
          .hasMessageEndingWith("id");
    }

    @Test
    void copyWithoutChangingTheOriginal() {
      Phase a = phase("a", Status.IN_PROGRESS);
      Phase done = a.withStatus(Status.COMPLETED);

      assertThat(a.status()).contains(Status.IN_PROGRESS);
      assertThat(done.status()).contains(Status.COMPLETED);
      assertThat(done).isNotEqualTo(a).isEqualTo(phase("a", Status.COMPLETED));
      assertThat(done.hashCode()).isEqualTo(phase("a", Status.COMPLETED).hashCode());
    }

    @Test
    void printReadably() {
      assertThat(phase("a", Status.COMPLETED).toString())
          .contains("Phase", "id=a", "status=COMPLETED");
    }
  }
}
