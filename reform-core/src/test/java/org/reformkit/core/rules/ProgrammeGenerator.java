package org.reformkit.core.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;
import org.reformkit.core.model.Baseline;
import org.reformkit.core.model.Commitment;
import org.reformkit.core.model.CommitmentId;
import org.reformkit.core.model.Counterpart;
import org.reformkit.core.model.DatePeriod;
import org.reformkit.core.model.DateQualifier;
import org.reformkit.core.model.Direction;
import org.reformkit.core.model.DocumentCover;
import org.reformkit.core.model.DocumentReference;
import org.reformkit.core.model.DocumentSymbol;
import org.reformkit.core.model.EngagementId;
import org.reformkit.core.model.EngagementKind;
import org.reformkit.core.model.Footnote;
import org.reformkit.core.model.GoverningBodyDocument;
import org.reformkit.core.model.Grade;
import org.reformkit.core.model.Indicator;
import org.reformkit.core.model.IndicatorId;
import org.reformkit.core.model.IndicatorValue;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.Location;
import org.reformkit.core.model.LocationKind;
import org.reformkit.core.model.Measure;
import org.reformkit.core.model.MeasureKind;
import org.reformkit.core.model.Measurement;
import org.reformkit.core.model.Milestone;
import org.reformkit.core.model.MilestoneId;
import org.reformkit.core.model.MonitoringFramework;
import org.reformkit.core.model.OrgUnit;
import org.reformkit.core.model.OriginKind;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.Phase;
import org.reformkit.core.model.PhaseId;
import org.reformkit.core.model.Post;
import org.reformkit.core.model.PostCategory;
import org.reformkit.core.model.PostId;
import org.reformkit.core.model.PostLine;
import org.reformkit.core.model.PostLineId;
import org.reformkit.core.model.PostOrigin;
import org.reformkit.core.model.PostShare;
import org.reformkit.core.model.PostStatus;
import org.reformkit.core.model.PostTotal;
import org.reformkit.core.model.PostTotalId;
import org.reformkit.core.model.ProgrammeId;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.StaffEngagement;
import org.reformkit.core.model.Status;
import org.reformkit.core.model.Target;

/**
 * Generates progress reports, valid or not: small pools of identifiers so that references both
 * resolve and dangle, identifiers repeat, dependencies form circles, statuses and partial dates
 * contradict each other, counts and totals disagree.
 */
final class ProgrammeGenerator {
  private static final List<String> COMMITMENTS = List.of("a", "b", "c", "d");
  private static final List<String> PHASES = List.of("p1", "p2", "p3", "p4");
  private static final List<String> LINES = List.of("l1", "l2", "l3");
  private static final List<String> SYMBOLS =
      List.of(
          "GB.325/INS/15/1",
          "GB.323/INS/INF/2",
          "GB.331/PV",
          "GB.326/INS/12(Add.)",
          "GB.304/PFA/2(Rev.)",
          "GB.322/INS",
          "GB.323/WP/GBC/2",
          "GB.330/POL/1(Foo.)");

  private final RandomnessSource in;

  private ProgrammeGenerator(RandomnessSource in) {
    this.in = in;
  }

  /**
   * Reports mostly faulty, and about one in five the consistent fixture with a random as-of date.
   */
  static Gen<ProgressReport> reports() {
    Gen<ProgressReport> faulty = in -> new ProgrammeGenerator(in).report();
    Gen<ProgressReport> clean =
        in ->
            Fixtures.report()
                .withAsOf(PartialDate.ofMonth(2015, Generate.range(11, 12).generate(in)));
    return faulty.mix(clean, 20);
  }

  private int between(int min, int max) {
    return Generate.range(min, max).generate(in);
  }

  private boolean chance() {
    return between(0, 1) == 1;
  }

  private <T> T pick(List<T> values) {
    return values.get(between(0, values.size() - 1));
  }

  private <T> T pick(T[] values) {
    return values[between(0, values.length - 1)];
  }

  private <T> Optional<T> maybe(java.util.function.Supplier<T> value) {
    return chance() ? Optional.of(value.get()) : Optional.empty();
  }

  private static LocalizedText text(String en) {
    return LocalizedText.of("en", en);
  }

  private PartialDate date() {
    int year = between(2012, 2017);
    Optional<Integer> month = chance() ? Optional.of(between(1, 12)) : Optional.empty();
    Optional<Integer> day =
        month.isPresent() && chance() ? Optional.of(between(1, 28)) : Optional.empty();
    return PartialDate.of(year, month, day, pick(DateQualifier.values()));
  }

  ProgressReport report() {
    return ProgressReport.builder()
        .document(document())
        .asOf(date())
        .programme(programme())
        .build();
  }

  private GoverningBodyDocument document() {
    DocumentCover.Builder cover = DocumentCover.builder();
    maybe(() -> text("purpose")).ifPresent(cover::purpose);
    maybe(() -> text("objective")).ifPresent(cover::strategicObjective);
    maybe(() -> text("outcome")).ifPresent(cover::mainOutcome);
    maybe(() -> text("policy")).ifPresent(cover::policyImplications);
    maybe(() -> text("legal")).ifPresent(cover::legalImplications);
    maybe(() -> text("financial")).ifPresent(cover::financialImplications);
    maybe(() -> text("none")).ifPresent(cover::followUpAction);
    maybe(() -> OrgUnit.named(text("unit"))).ifPresent(cover::authorUnit);
    int related = between(0, 3);
    for (int i = 0; i < related; i++) {
      cover.addRelatedDocument(DocumentReference.of(DocumentSymbol.parse(pick(SYMBOLS))));
    }
    GoverningBodyDocument.Builder document =
        GoverningBodyDocument.builder()
            .symbol(DocumentSymbol.parse(pick(SYMBOLS)))
            .title(text("report"))
            .cover(cover.build());
    maybe(() -> String.valueOf(between(1, 20))).ifPresent(document::agendaItem);
    maybe(this::date).ifPresent(document::date);
    int footnotes = between(0, 3);
    for (int i = 0; i < footnotes; i++) {
      document.addFootnote(
          Footnote.builder()
              .number(between(1, 3))
              .text(text("note"))
              .addReference(DocumentReference.of(DocumentSymbol.parse(pick(SYMBOLS))))
              .build());
    }
    return document.build();
  }

  private ReformProgramme programme() {
    ReformProgramme.Builder programme =
        ReformProgramme.builder()
            .id(ProgrammeId.of("generated"))
            .name(text("generated"))
            .status(pick(Status.values()));
    int commitments = between(0, 4);
    for (int i = 0; i < commitments; i++) {
      programme.addCommitment(commitment());
    }
    int lines = between(0, 3);
    for (int i = 0; i < lines; i++) {
      programme.addPostLine(line());
    }
    int posts = between(0, 2);
    for (int i = 0; i < posts; i++) {
      programme.addPost(post());
    }
    int totals = between(0, 2);
    for (int i = 0; i < totals; i++) {
      PostTotal.Builder total =
          PostTotal.builder()
              .id(PostTotalId.of("t" + between(1, 2)))
              .description(text("total"))
              .count(between(0, 60));
      int parts = between(0, 3);
      for (int j = 0; j < parts; j++) {
        total.addLine(PostLineId.of(pick(LINES)));
      }
      programme.addPostTotal(total.build());
    }
    int indicators = between(0, 3);
    for (int i = 0; i < indicators; i++) {
      programme.addIndicator(indicator());
    }
    maybe(
            () ->
                MonitoringFramework.builder()
                    .name(text("framework"))
                    .status(pick(Status.values()))
                    .withTargets(chance())
                    .commitment(maybe(() -> CommitmentId.of(pick(COMMITMENTS))))
                    .build())
        .ifPresent(programme::monitoringFramework);
    int engagements = between(0, 3);
    for (int i = 0; i < engagements; i++) {
      programme.addEngagement(engagement());
    }
    return programme.build();
  }

  private Commitment commitment() {
    Commitment.Builder commitment =
        Commitment.builder()
            .id(CommitmentId.of(pick(COMMITMENTS)))
            .title(text("commitment"))
            .status(pick(Status.values()))
            .affectsStaff(chance())
            .started(maybe(this::date))
            .due(maybe(this::date))
            .partOf(maybe(() -> CommitmentId.of(pick(COMMITMENTS))));
    int depends = between(0, 2);
    for (int i = 0; i < depends; i++) {
      commitment.addDependsOn(CommitmentId.of(pick(COMMITMENTS)));
    }
    int phases = between(0, 5);
    for (int i = 0; i < phases; i++) {
      commitment.addPhase(
          Phase.builder()
              .id(PhaseId.of(pick(PHASES)))
              .name(text("phase"))
              .status(pick(Status.values()))
              .plannedStart(maybe(this::date))
              .plannedEnd(maybe(this::date))
              .actualStart(maybe(this::date))
              .actualEnd(maybe(this::date))
              .build());
    }
    int milestones = between(0, 2);
    for (int i = 0; i < milestones; i++) {
      commitment.addMilestone(
          Milestone.builder()
              .id(MilestoneId.of("m" + between(1, 2)))
              .description(text("milestone"))
              .due(maybe(this::date))
              .status(pick(Status.values()))
              .build());
    }
    return commitment.build();
  }

  private PostOrigin origin() {
    OriginKind kind = pick(OriginKind.values());
    return chance()
        ? PostOrigin.of(kind)
        : PostOrigin.of(kind, Optional.of(OrgUnit.named(text("u"))));
  }

  private PostLine line() {
    PostLine.Builder line =
        PostLine.builder()
            .id(PostLineId.of(pick(LINES)))
            .count(between(0, 30))
            .location(Location.of(pick(LocationKind.values()), Optional.empty()))
            .category(pick(PostCategory.values()))
            .grade(maybe(() -> pick(Grade.values())))
            .origin(origin())
            .status(maybe(() -> pick(PostStatus.values())))
            .commitment(maybe(() -> CommitmentId.of(pick(COMMITMENTS))));
    int shares = between(0, 2);
    for (int i = 0; i < shares; i++) {
      line.addOfWhich(PostShare.of(origin(), maybe(() -> between(0, 30))));
    }
    return line.build();
  }

  private Post post() {
    return Post.builder()
        .id(PostId.of("post" + between(1, 2)))
        .location(Location.of(pick(LocationKind.values()), Optional.empty()))
        .category(pick(PostCategory.values()))
        .grade(maybe(() -> pick(Grade.values())))
        .origin(origin())
        .status(maybe(() -> pick(PostStatus.values())))
        .build();
  }

  private IndicatorValue value() {
    switch (pick(MeasureKind.values())) {
      case COUNT:
        return IndicatorValue.count(between(0, 100));
      case PERCENTAGE:
        return IndicatorValue.percentage(BigDecimal.valueOf(between(-50, 150)));
      case AMOUNT:
        return IndicatorValue.amount(
            BigDecimal.valueOf(between(0, 1000)), chance() ? "USD" : "CHF");
      case NUMBER:
        return IndicatorValue.number(BigDecimal.valueOf(between(-10, 10)));
      case YES_NO:
        return IndicatorValue.yesNo(chance());
      default:
        return IndicatorValue.text(text("qualitative"));
    }
  }

  private Indicator indicator() {
    MeasureKind kind = pick(MeasureKind.values());
    Indicator.Builder indicator =
        Indicator.builder()
            .id(IndicatorId.of("i" + between(1, 3)))
            .name(text("indicator"))
            .measure(kind == MeasureKind.AMOUNT ? Measure.amount("USD") : Measure.of(kind))
            .direction(pick(Direction.values()))
            .commitment(maybe(() -> CommitmentId.of(pick(COMMITMENTS))))
            .baseline(
                maybe(() -> Baseline.builder().value(value()).date(maybe(this::date)).build()));
    int targets = between(0, 2);
    for (int i = 0; i < targets; i++) {
      indicator.addTarget(Target.builder().value(value()).due(maybe(this::date)).build());
    }
    int measurements = between(0, 2);
    for (int i = 0; i < measurements; i++) {
      indicator.addMeasurement(Measurement.builder().value(value()).date(date()).build());
    }
    return indicator.build();
  }

  private StaffEngagement engagement() {
    Optional<CommitmentId> commitment = maybe(() -> CommitmentId.of(pick(COMMITMENTS)));
    StaffEngagement.Builder engagement =
        StaffEngagement.builder()
            .id(EngagementId.of("e" + between(1, 3)))
            .addKind(pick(EngagementKind.values()))
            .counterpart(pick(Counterpart.values()))
            .subject(text("subject"))
            .status(pick(Status.values()))
            .commitment(commitment);
    if (chance()) {
      engagement.addKind(pick(EngagementKind.values()));
    }
    if (commitment.isPresent() && chance()) {
      engagement.phase(PhaseId.of(pick(PHASES)));
    }
    if (chance()) {
      engagement.period(DatePeriod.of(maybe(this::date), Optional.of(date())));
    }
    return engagement.build();
  }
}
