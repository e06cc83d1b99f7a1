package org.reformkit.sheets;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import org.reformkit.core.model.Acceptance;
import org.reformkit.core.model.Commitment;
import org.reformkit.core.model.CommitmentId;
import org.reformkit.core.model.Counterpart;
import org.reformkit.core.model.DatePeriod;
import org.reformkit.core.model.Deliverable;
import org.reformkit.core.model.DeliverableId;
import org.reformkit.core.model.Direction;
import org.reformkit.core.model.DocumentReference;
import org.reformkit.core.model.DocumentSymbol;
import org.reformkit.core.model.DutyStation;
import org.reformkit.core.model.EngagementId;
import org.reformkit.core.model.EngagementKind;
import org.reformkit.core.model.FinanceKind;
import org.reformkit.core.model.FinanceTotal;
import org.reformkit.core.model.FinanceTotalId;
import org.reformkit.core.model.Finances;
import org.reformkit.core.model.FinancialLine;
import org.reformkit.core.model.FinancialLineId;
import org.reformkit.core.model.FundingSource;
import org.reformkit.core.model.GoverningBodyDocument;
import org.reformkit.core.model.ImplementationStatus;
import org.reformkit.core.model.Indicator;
import org.reformkit.core.model.IndicatorId;
import org.reformkit.core.model.IndicatorValue;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.Location;
import org.reformkit.core.model.LocationKind;
import org.reformkit.core.model.Measure;
import org.reformkit.core.model.MeasureKind;
import org.reformkit.core.model.Measurement;
import org.reformkit.core.model.Money;
import org.reformkit.core.model.OrgUnit;
import org.reformkit.core.model.OriginKind;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.Phase;
import org.reformkit.core.model.PhaseId;
import org.reformkit.core.model.PostCategory;
import org.reformkit.core.model.PostLine;
import org.reformkit.core.model.PostLineId;
import org.reformkit.core.model.PostOrigin;
import org.reformkit.core.model.PostShare;
import org.reformkit.core.model.PostStatus;
import org.reformkit.core.model.ProgrammeId;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.Recommendation;
import org.reformkit.core.model.RecommendationAction;
import org.reformkit.core.model.RecommendationId;
import org.reformkit.core.model.RecommendationTotal;
import org.reformkit.core.model.RecommendationTotalId;
import org.reformkit.core.model.Recommendations;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.Relocation;
import org.reformkit.core.model.Risk;
import org.reformkit.core.model.RiskId;
import org.reformkit.core.model.RiskRating;
import org.reformkit.core.model.RiskStatus;
import org.reformkit.core.model.StaffEngagement;
import org.reformkit.core.model.Status;

/**
 * A JSON-free part of the seed report (GB.325/INS/15/1, November 2015), built in code for the tests
 * of this module, each fact with its paragraph; the examples module checks the whole seed.
 */
final class Fixture {
  private Fixture() {}

  static final CommitmentId BPR = CommitmentId.of("bpr");

  static ProgressReport report() {
    return ProgressReport.builder()
        .document(
            GoverningBodyDocument.builder()
                .symbol(DocumentSymbol.parse("GB.325/INS/15/1"))
                .title(
                    LocalizedText.zhEn(
                        "第一份补充报告：内部改革的最新情况",
                        "First supplementary report: Update on the internal reform"))
                .build())
        .asOf(PartialDate.parse("2015-11"))
        .programme(programme())
        .build();
  }

  static ReformProgramme programme() {
    return ReformProgramme.builder()
        .id(ProgrammeId.of("ilo-internal-reform"))
        .name(LocalizedText.zhEn("内部改革议程", "Internal reform agenda"))
        .owner(
            OrgUnit.of(
                "DDG/MR",
                LocalizedText.zhEn(
                    "负责管理与改革的副局长办公室",
                    "Office of the Deputy Director-General for Management and Reform")))
        .launched(PartialDate.parse("about 2012"))
        .status(Status.IN_PROGRESS)
        .addCommitment(
            Commitment.builder()
                .id(BPR)
                .title(
                    LocalizedText.zhEn("行政管理业务流程审查", "Review of administrative business processes"))
                .status(Status.IN_PROGRESS)
                .started(PartialDate.parse("from 2015-03"))
                .affectsStaff(true)
                .addAllParagraphs(java.util.List.of(1, 2, 3, 4, 5, 6))
                .addPhase(phase("a", "收集数据", "Data collection", Status.COMPLETED))
                .addPhase(
                    phase("b", "流程分析", "Process analysis", Status.COMPLETED)
                        .withDeliverables(
                            Deliverable.builder()
                                .id(DeliverableId.of("priority-areas"))
                                .name(LocalizedText.zhEn("优先领域", "Priority areas"))
                                .status(Status.COMPLETED)
                                .addParagraph(6)
                                .build()))
                .addPhase(
                    phase("c", "重新设计流程并确定方案", "Process redesign and options", Status.IN_PROGRESS))
                .build())
        .addPostLine(
            PostLine.builder()
                .id(PostLineId.of("hq-policy-technical"))
                .count(22)
                .location(Location.of(LocationKind.HEADQUARTERS, java.util.Optional.empty()))
                .unit(OrgUnit.named(LocalizedText.zhEn("政策部门", "Policy portfolio")))
                .category(PostCategory.TECHNICAL)
                .origin(PostOrigin.of(OriginKind.NEW))
                .addOfWhich(
                    PostShare.of(
                        PostOrigin.of(
                            OriginKind.TRANSFERRED,
                            java.util.Optional.of(
                                OrgUnit.named(
                                    LocalizedText.zhEn(
                                        "国际劳工研究所", "International Institute for Labour Studies")))),
                        java.util.Optional.empty()))
                .status(PostStatus.ESTABLISHED)
                .build())
        .addIndicator(
            Indicator.builder()
                .id(IndicatorId.of("bpr-interviews"))
                .name(
                    LocalizedText.zhEn(
                        "数据收集阶段与职员进行的深入访谈", "In-depth staff interviews in data collection"))
                .measure(Measure.of(MeasureKind.COUNT))
                .direction(Direction.HIGHER_IS_BETTER)
                .addMeasurement(
                    Measurement.builder()
                        .value(
                            IndicatorValue.of(
                                MeasureKind.COUNT,
                                java.util.Optional.of(new BigDecimal(75)),
                                java.util.Optional.empty(),
                                java.util.Optional.empty(),
                                java.util.Optional.empty()))
                        .date(PartialDate.parse("by 2015-11"))
                        .addParagraph(5)
                        .build())
                .commitment(BPR)
                .addParagraph(5)
                .build())
        .addEngagement(
            StaffEngagement.builder()
                .id(EngagementId.of("bpr-interviews"))
                .addKind(EngagementKind.INTERVIEW)
                .counterpart(Counterpart.STAFF)
                .subject(
                    LocalizedText.zhEn("数据收集阶段的深入访谈", "In-depth interviews during data collection"))
                .count(75)
                .status(Status.COMPLETED)
                .commitment(BPR)
                .phase(PhaseId.of("a"))
                .addParagraph(5)
                .build())
        .build();
  }

  private static Phase phase(String id, String zh, String en, Status status) {
    return Phase.builder()
        .id(PhaseId.of(id))
        .name(LocalizedText.zhEn(zh, en))
        .status(status)
        .addAllParagraphs(java.util.List.of(2, 5, 6))
        .build();
  }

  /**
   * The report with what the model holds beyond the seed: money (a line and a stated total), a
   * rated risk, a recommendation with an action and a stated count, and a line of posts at a duty
   * station relocated to another (test data, like the rest of this fixture).
   */
  static ProgressReport reportWithMoneyRisksAndOversight() {
    ReformProgramme base = programme();
    ReformProgramme programme =
        base.withFinances(
                Finances.builder()
                    .addLine(
                        FinancialLine.builder()
                            .id(FinancialLineId.of("budget-2016"))
                            .description(LocalizedText.zhEn("核定预算", "Approved budget"))
                            .kind(FinanceKind.APPROVED_BUDGET)
                            .amount(Money.parse("USD 2500000.50"))
                            .period(DatePeriod.parse("2016/2017"))
                            .source(FundingSource.REGULAR_BUDGET)
                            .commitment(BPR)
                            .addParagraph(12)
                            .build())
                    .addTotal(
                        FinanceTotal.builder()
                            .id(FinanceTotalId.of("total"))
                            .description(LocalizedText.of("en", "Total"))
                            .amount(Money.parse("USD 2500000.50"))
                            .addLine(FinancialLineId.of("budget-2016"))
                            .build())
                    .build())
            .withRisks(
                Risk.builder()
                    .id(RiskId.of("capacity"))
                    .description(LocalizedText.of("en", "Too little capacity"))
                    .likelihood(RiskRating.parse("4/5 high from 4"))
                    .impact(RiskRating.parse("medium"))
                    .mitigation(LocalizedText.of("en", "Stage the work"))
                    .status(RiskStatus.OPEN)
                    .addCommitment(BPR)
                    .build())
            .withRecommendations(
                Recommendations.builder()
                    .addListed(
                        Recommendation.builder()
                            .id(RecommendationId.of("jiu-1"))
                            .source(DocumentReference.of(DocumentSymbol.parse("JIU/REP/2012/5")))
                            .number("Recommendation 1")
                            .acceptance(Acceptance.ACCEPTED)
                            .status(ImplementationStatus.IN_PROGRESS)
                            .addAnsweredBy(BPR)
                            .addAction(
                                RecommendationAction.builder()
                                    .number("1.1")
                                    .status(ImplementationStatus.IMPLEMENTED)
                                    .build())
                            .build())
                    .addTotal(
                        RecommendationTotal.builder()
                            .id(RecommendationTotalId.of("jiu-open"))
                            .status(ImplementationStatus.IN_PROGRESS)
                            .count(1)
                            .build())
                    .build())
            .withPostLines(
                ImmutableList.<PostLine>builder()
                    .addAll(base.postLines())
                    .add(
                        PostLine.builder()
                            .id(PostLineId.of("moved-to-nairobi"))
                            .count(3)
                            .location(
                                Location.of(LocationKind.FIELD, java.util.Optional.empty())
                                    .withDutyStation(
                                        DutyStation.of(LocalizedText.of("en", "Nairobi"), "KE")))
                            .category(PostCategory.TECHNICAL)
                            .origin(PostOrigin.of(OriginKind.NEW))
                            .relocation(
                                Relocation.builder()
                                    .from(
                                        Location.of(
                                                LocationKind.HEADQUARTERS,
                                                java.util.Optional.empty())
                                            .withDutyStation(
                                                DutyStation.of(
                                                    LocalizedText.of("en", "Geneva"), "CH")))
                                    .to(
                                        Location.of(LocationKind.FIELD, java.util.Optional.empty())
                                            .withDutyStation(
                                                DutyStation.of(
                                                    LocalizedText.of("en", "Nairobi"), "KE")))
                                    .date(PartialDate.parse("2016-03"))
                                    .build())
                            .build())
                    .build());
    return report().withProgramme(programme);
  }
}
