package org.reformkit.core.rules;

import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.assertj.core.groups.Tuple;
import org.reformkit.core.model.Baseline;
import org.reformkit.core.model.Commitment;
import org.reformkit.core.model.CommitmentId;
import org.reformkit.core.model.Counterpart;
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

/** A small, consistent programme and report in the shape of the seed, for rule tests to mutate. */
final class Fixtures {
  static final LocalDate AS_OF = LocalDate.of(2015, 11, 30);
  static final ValidationContext CONTEXT = ValidationContext.of(AS_OF, Locale.ENGLISH);
  static final OrgUnit IILS =
      OrgUnit.named(LocalizedText.zhEn("国际劳工研究所", "International Institute for Labour Studies"));

  private Fixtures() {}

  static LocalizedText text(String en) {
    return LocalizedText.of("en", en);
  }

  static PartialDate date(String text) {
    return PartialDate.parse(text);
  }

  static Phase phase(String id, Status status) {
    return Phase.builder().id(PhaseId.of(id)).name(text("Phase " + id)).status(status).build();
  }

  static Commitment bpr() {
    return Commitment.builder()
        .id(CommitmentId.of("bpr"))
        .title(text("Business process review"))
        .status(Status.IN_PROGRESS)
        .affectsStaff(true)
        .addPhase(
            phase("a", Status.COMPLETED)
                .withActualStart(date("2015-07"))
                .withActualEnd(date("2015-09")))
        .addPhase(
            phase("b", Status.COMPLETED)
                .withActualStart(date("2015-09"))
                .withActualEnd(date("2015-10")))
        .addPhase(
            phase("c", Status.IN_PROGRESS)
                .withActualStart(date("2015-10"))
                .withPlannedEnd(date("2016-01")))
        .addPhase(phase("d", Status.NOT_STARTED))
        .addPhase(phase("e", Status.NOT_STARTED).withPlannedStart(date("from 2016")))
        .addMilestone(
            Milestone.builder()
                .id(MilestoneId.of("remaining-items"))
                .description(text("Remaining items of the field review"))
                .due(date("by 2015"))
                .status(Status.IN_PROGRESS)
                .build())
        .build();
  }

  static PostLine hqLine() {
    return PostLine.builder()
        .id(PostLineId.of("hq"))
        .count(22)
        .location(Location.headquarters())
        .category(PostCategory.TECHNICAL)
        .grade(Grade.P_4)
        .origin(PostOrigin.of(OriginKind.NEW))
        .addOfWhich(PostShare.some(PostOrigin.transferredFrom(IILS)))
        .commitment(CommitmentId.of("field"))
        .build();
  }

  static PostLine fieldLine() {
    return PostLine.builder()
        .id(PostLineId.of("field"))
        .count(17)
        .location(Location.field())
        .category(PostCategory.TECHNICAL)
        .origin(PostOrigin.of(OriginKind.NEW))
        .build();
  }

  static Post supportPost() {
    return Post.builder()
        .id(PostId.of("p1"))
        .location(Location.headquarters())
        .category(PostCategory.SUPPORT)
        .grade(Grade.G_5)
        .origin(PostOrigin.of(OriginKind.EXISTING))
        .status(PostStatus.FILLED)
        .build();
  }

  static Indicator indicator(
      String id, String commitment, MeasureKind kind, IndicatorValue target) {
    return Indicator.builder()
        .id(IndicatorId.of(id))
        .name(text("Indicator " + id))
        .measure(Measure.of(kind))
        .direction(Direction.HIGHER_IS_BETTER)
        .commitment(CommitmentId.of(commitment))
        .addTarget(Target.builder().value(target).due(date("2016-12")).build())
        .build();
  }

  static Indicator interviews() {
    return indicator("interviews", "bpr", MeasureKind.COUNT, IndicatorValue.count(75))
        .withBaseline(
            Baseline.builder().value(IndicatorValue.count(0)).date(date("2015-06")).build())
        .withMeasurements(
            Measurement.builder().value(IndicatorValue.count(75)).date(date("2015-09")).build());
  }

  static ReformProgramme programme() {
    return ReformProgramme.builder()
        .id(ProgrammeId.of("reform"))
        .name(text("Internal reform"))
        .status(Status.IN_PROGRESS)
        .addCommitment(bpr())
        .addCommitment(
            Commitment.builder()
                .id(CommitmentId.of("field"))
                .title(text("Field operations review"))
                .status(Status.IN_PROGRESS)
                .started(date("2013"))
                .due(date("by 2015"))
                .build())
        .addCommitment(
            Commitment.builder()
                .id(CommitmentId.of("mrf"))
                .title(text("Reform monitoring framework"))
                .status(Status.IN_PROGRESS)
                .addDependsOn(CommitmentId.of("bpr"))
                .build())
        .addPostLine(hqLine())
        .addPostLine(fieldLine())
        .addPost(supportPost())
        .addPostTotal(
            PostTotal.builder()
                .id(PostTotalId.of("new-technical"))
                .description(text("New technical posts"))
                .count(39)
                .addLine(PostLineId.of("hq"))
                .addLine(PostLineId.of("field"))
                .build())
        .addIndicator(interviews())
        .addIndicator(
            indicator(
                "field-share",
                "field",
                MeasureKind.PERCENTAGE,
                IndicatorValue.percentage(new java.math.BigDecimal("50"))))
        .addIndicator(indicator("mrf-done", "mrf", MeasureKind.YES_NO, IndicatorValue.yesNo(true)))
        .monitoringFramework(
            MonitoringFramework.builder()
                .name(text("Reform monitoring framework"))
                .status(Status.COMPLETED)
                .withTargets(true)
                .commitment(CommitmentId.of("mrf"))
                .build())
        .addEngagement(unionEngagement(Status.NOT_STARTED))
        .build();
  }

  static StaffEngagement unionEngagement(Status status) {
    return StaffEngagement.builder()
        .id(EngagementId.of("union"))
        .addKinds(EngagementKind.INFORMATION, EngagementKind.CONSULTATION)
        .counterpart(Counterpart.STAFF_UNION)
        .subject(text("Options from the redesign"))
        .status(status)
        .commitment(CommitmentId.of("bpr"))
        .build();
  }

  static GoverningBodyDocument document() {
    return GoverningBodyDocument.builder()
        .symbol(DocumentSymbol.parse("GB.325/INS/15/1"))
        .title(text("Update on the internal reform"))
        .agendaItem("15")
        .date(date("2015-10"))
        .cover(
            DocumentCover.builder()
                .purpose(text("Reports progress"))
                .strategicObjective(text("Cross-cutting"))
                .policyImplications(text("More effective use of resources"))
                .legalImplications(text("Compliance with rules"))
                .financialImplications(text("None"))
                .followUpAction(text("None"))
                .authorUnit(OrgUnit.of("DDG/MR", text("Management and Reform")))
                .addRelatedDocument(DocumentReference.of(DocumentSymbol.parse("GB.320/PFA/13")))
                .addRelatedDocument(DocumentReference.of(DocumentSymbol.parse("GB.323/INS/INF/2")))
                .build())
        .addFootnote(
            Footnote.builder()
                .number(1)
                .text(text("Programme and Budget proposals"))
                .addReference(
                    DocumentReference.builder()
                        .symbol(DocumentSymbol.parse("GB.323/PFA/1"))
                        .addParagraph(19)
                        .build())
                .build())
        .addFootnote(
            Footnote.builder()
                .number(2)
                .text(text("Flagship programmes"))
                .addReference(DocumentReference.of(DocumentSymbol.parse("GB.325/POL/7")))
                .build())
        .build();
  }

  static ProgressReport report() {
    return ProgressReport.builder()
        .document(document())
        .asOf(date("2015-11"))
        .programme(cited(programme()))
        .build();
  }

  /** The programme with every element citing paragraph 1 of the report, as a report's would. */
  static ReformProgramme cited(ReformProgramme p) {
    return p.withParagraphs(1)
        .withCommitments(
            p.commitments().stream()
                .map(
                    c ->
                        c.withParagraphs(1)
                            .withPhases(
                                c.phases().stream()
                                    .map(x -> x.withParagraphs(1))
                                    .collect(Collectors.toList()))
                            .withMilestones(
                                c.milestones().stream()
                                    .map(x -> x.withParagraphs(1))
                                    .collect(Collectors.toList())))
                .collect(Collectors.toList()))
        .withPostLines(
            p.postLines().stream().map(x -> x.withParagraphs(1)).collect(Collectors.toList()))
        .withPosts(p.posts().stream().map(x -> x.withParagraphs(1)).collect(Collectors.toList()))
        .withPostTotals(
            p.postTotals().stream().map(x -> x.withParagraphs(1)).collect(Collectors.toList()))
        .withIndicators(
            p.indicators().stream().map(x -> x.withParagraphs(1)).collect(Collectors.toList()))
        .withEngagements(
            p.engagements().stream().map(x -> x.withParagraphs(1)).collect(Collectors.toList()))
        .withMonitoringFramework(p.monitoringFramework().map(f -> f.withParagraphs(1)));
  }

  /** Runs one standard rule on a programme. */
  static ValidationResult run(String code, ReformProgramme programme) {
    return RuleSet.standard().only(code).validate(programme, CONTEXT);
  }

  /** Runs one standard rule on a report. */
  static ValidationResult run(String code, ProgressReport report) {
    return RuleSet.standard().only(code).validate(report, CONTEXT);
  }

  /** The findings as (code, printed path) pairs, for exact assertions. */
  static List<Tuple> codesAndPaths(ValidationResult result) {
    return result.findings().stream()
        .map(f -> tuple(f.code(), f.path().toString()))
        .collect(Collectors.toList());
  }

  /** Replaces the commitment with the same identifier. */
  static ReformProgramme replace(ReformProgramme programme, Commitment commitment) {
    return programme.withCommitments(
        programme.commitments().stream()
            .map(c -> c.id().equals(commitment.id()) ? commitment : c)
            .collect(Collectors.toList()));
  }

  /** Replaces one phase of the business process review. */
  static ReformProgramme withBprPhase(Phase phase) {
    Commitment bpr = bpr();
    return replace(
        programme(),
        bpr.withPhases(
            bpr.phases().stream()
                .map(p -> p.id().equals(phase.id()) ? phase : p)
                .collect(Collectors.toList())));
  }

  static Phase bprPhase(String id) {
    return bpr().phase(PhaseId.of(id)).orElseThrow();
  }
}
