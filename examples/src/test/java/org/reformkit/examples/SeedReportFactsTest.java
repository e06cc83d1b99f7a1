package org.reformkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.reformkit.core.model.Commitment;
import org.reformkit.core.model.Counterpart;
import org.reformkit.core.model.DateQualifier;
import org.reformkit.core.model.Deliverable;
import org.reformkit.core.model.DeliverableId;
import org.reformkit.core.model.DocumentCover;
import org.reformkit.core.model.DocumentReference;
import org.reformkit.core.model.DocumentSymbol;
import org.reformkit.core.model.EngagementId;
import org.reformkit.core.model.EngagementKind;
import org.reformkit.core.model.ExternalSupport;
import org.reformkit.core.model.Footnote;
import org.reformkit.core.model.GoverningBodyDocument;
import org.reformkit.core.model.IndicatorId;
import org.reformkit.core.model.IndicatorValue;
import org.reformkit.core.model.LocationKind;
import org.reformkit.core.model.OriginKind;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.PolicyStatus;
import org.reformkit.core.model.PostCategory;
import org.reformkit.core.model.PostLine;
import org.reformkit.core.model.PostLineId;
import org.reformkit.core.model.ProcurementMethod;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.StaffEngagement;
import org.reformkit.core.model.Statement;
import org.reformkit.core.model.StatementKind;
import org.reformkit.core.model.Status;

/** Every fact of the seed report, asserted through the public API of the model. */
class SeedReportFactsTest {
  private final ProgressReport report = SeedReport.november2015();
  private final ReformProgramme programme = report.programme();

  @Test
  void reportIsTheNovember2015SupplementaryReportUnderAgendaItem15() {
    GoverningBodyDocument document = report.document();
    assertThat(document.symbol()).hasToString("GB.325/INS/15/1");
    assertThat(document.symbol().session()).contains(325);
    assertThat(document.agendaItem()).contains("15");
    assertThat(document.heading().map(h -> h.in(Locale.CHINESE))).contains("局长报告");
    assertThat(document.title().in(Locale.CHINESE)).isEqualTo("第一份补充报告：内部改革的最新情况");
    assertThat(report.asOf()).isEqualTo(PartialDate.ofMonth(2015, 11));
    assertThat(report.previousReport().flatMap(DocumentReference::date))
        .contains(PartialDate.ofMonth(2015, 3));
    assertThat(report.reconstructed()).isFalse();
  }

  @Test
  void coverFieldsAreAllThere() {
    DocumentCover cover = report.document().cover();
    assertThat(zh(cover.purpose().get())).isEqualTo("报告在实施内部改革议程方面取得的进展。");
    assertThat(zh(cover.strategicObjective().get())).isEqualTo("跨部门。");
    assertThat(zh(cover.policyImplications().get())).isEqualTo("更加有效地使用人力和财务资源，为成员的需求服务。");
    assertThat(zh(cover.legalImplications().get())).isEqualTo("在推行改革措施时履行相关国际劳工组织规则和规定。");
    assertThat(zh(cover.financialImplications().get())).isEqualTo("无。");
    assertThat(zh(cover.followUpAction().get())).isEqualTo("无。");
    assertThat(cover.mainOutcome()).isEmpty();
    assertThat(cover.authorUnit().flatMap(u -> u.code())).contains("DDG/MR");
    assertThat(cover.authorUnit().get().name().in(Locale.CHINESE)).isEqualTo("负责管理与改革的副局长办公室");
  }

  @Test
  void relatedDocumentsAreTheDeclarationAndEightGoverningBodyPapers() {
    List<DocumentReference> related = report.document().cover().relatedDocuments();
    assertThat(related).hasSize(9);
    DocumentReference declaration = related.get(0);
    assertThat(declaration.symbol()).isEmpty();
    assertThat(zh(declaration.title().get()))
        .contains("社会正义宣言")
        .contains("第 97 届会议")
        .contains("日内瓦");
    assertThat(declaration.date()).contains(PartialDate.ofYear(2008));
    assertThat(related.subList(1, 9).stream().map(r -> r.symbol().get().toString()))
        .containsExactly(
            "GB.317/INS/12/2",
            "GB.319/INS/14/1",
            "GB.320/PFA/13",
            "GB.320/INS/14/1",
            "GB.322/PFA/9",
            "GB.322/POL/6",
            "GB.322/INS/13/1",
            "GB.323/INS/INF/2");
    assertThat(related.get(8).symbol().get().information()).isTrue();
  }

  @Test
  void twoFootnotesCiteTheProgrammeAndBudgetAndTheFlagshipPaper() {
    List<Footnote> footnotes = report.document().footnotes();
    assertThat(footnotes).extracting(Footnote::number).containsExactly(1, 2);
    Footnote first = footnotes.get(0);
    assertThat(first.paragraph()).contains(7);
    assertThat(first.references()).hasSize(1);
    assertThat(first.references().get(0).symbol()).contains(DocumentSymbol.parse("GB.323/PFA/1"));
    assertThat(first.references().get(0).paragraphs()).containsExactly(19);
    assertThat(zh(first.text())).contains("2016–17 两年期计划和预算草案");
    Footnote second = footnotes.get(1);
    assertThat(second.paragraph()).contains(11);
    assertThat(second.references().get(0).symbol()).contains(DocumentSymbol.parse("GB.325/POL/7"));
  }

  @Test
  void programmeWasLaunchedAboutThreeYearsEarlierAndIsOwnedByDdgMr() {
    assertThat(programme.launched())
        .contains(PartialDate.ofYear(2012).qualified(DateQualifier.ABOUT));
    assertThat(programme.owner().flatMap(o -> o.code())).contains("DDG/MR");
    assertThat(programme.status()).contains(Status.IN_PROGRESS);
    assertThat(programme.commitments().stream().map(c -> c.id().value()))
        .containsExactly(
            "bpr",
            "field-review",
            "hr-mobility",
            "country-diagnostics",
            "flagships",
            "dwcp-quality",
            "indirect-costs",
            "monitoring-framework");
  }

  @Test
  void businessProcessReviewHasFivePhasesWithAAndBCompletedAndCUnderWay() {
    Commitment review = programme.commitment(SeedReport.BUSINESS_PROCESS_REVIEW).orElseThrow();
    assertThat(review.phases())
        .extracting(p -> p.id().value())
        .containsExactly("a", "b", "c", "d", "e");
    assertThat(review.phases())
        .extracting(p -> p.name().in(Locale.CHINESE))
        .containsExactly("收集数据", "流程分析", "重新设计流程并确定方案", "审查和批准新流程", "实施");
    assertThat(review.phases())
        .extracting(p -> p.status().orElseThrow())
        .containsExactly(
            Status.COMPLETED,
            Status.COMPLETED,
            Status.IN_PROGRESS,
            Status.NOT_STARTED,
            Status.NOT_STARTED);
    assertThat(review.phases().get(4).plannedStart()).contains(PartialDate.ofYear(2016));
    assertThat(review.phases()).allSatisfy(p -> assertThat(p.actualStart()).isEmpty());
    assertThat(zh(review.objective().get())).isEqualTo("精简流程，提高成本效益");
    assertThat(zh(review.scope().get())).contains("外地办事处和技术单位").contains("差距、重复和交叉");
    assertThat(review.started())
        .contains(PartialDate.ofMonth(2015, 3).qualified(DateQualifier.FROM));
    assertThat(review.affectsStaff()).isTrue();
    assertThat(review.phases().get(1).deliverables().get(0).description().map(this::zh).get())
        .contains("复杂性、前期成本和实施所需的内部人力资源");
    assertThat(review.phases().get(2).deliverables().get(0).description().map(this::zh))
        .contains("有关方案将提交审议。");
    assertThat(review.statements())
        .extracting(Statement::kind)
        .containsExactly(StatementKind.PRINCIPLE, StatementKind.PLAN);
  }

  @Test
  void seventyFiveInterviewsMeetingsParticipationAndAStaffSurveyAreRecorded() {
    StaffEngagement interviews = engagement("bpr-interviews");
    assertThat(interviews.kinds()).containsExactly(EngagementKind.INTERVIEW);
    assertThat(interviews.count()).contains(75);
    assertThat(interviews.phase().map(p -> p.value())).contains("a");
    assertThat(interviews.status()).contains(Status.COMPLETED);

    StaffEngagement meetings = engagement("bpr-analysis-meetings");
    assertThat(meetings.kinds()).containsExactly(EngagementKind.MEETING);
    assertThat(meetings.phase().map(p -> p.value())).contains("b");
    assertThat(zh(meetings.participants().get())).isEqualTo("提供服务的职员");

    StaffEngagement redesign = engagement("bpr-redesign-participation");
    assertThat(redesign.phase().map(p -> p.value())).contains("c");
    assertThat(zh(redesign.participants().get())).isEqualTo("既是服务提供者也是服务使用者的职员");

    StaffEngagement survey = engagement("staff-survey");
    assertThat(survey.kinds()).containsExactly(EngagementKind.SURVEY);
    assertThat(survey.counterpart()).isEqualTo(Counterpart.ALL_STAFF);

    assertThat(engagement("all-staff-participation").counterpart())
        .isEqualTo(Counterpart.ALL_STAFF);

    StaffEngagement union = engagement("staff-union");
    assertThat(union.counterpart()).isEqualTo(Counterpart.STAFF_UNION);
    assertThat(union.kinds())
        .containsExactly(
            EngagementKind.INFORMATION, EngagementKind.CONSULTATION, EngagementKind.NEGOTIATION);
    assertThat(union.status()).contains(Status.NOT_STARTED);
    assertThat(zh(union.note().get())).isEqualTo("视情况进行磋商或谈判");
  }

  @Test
  void consultancyWasProcuredByInternationalCompetitiveBiddingAndBeganInJuly() {
    assertThat(programme.externalSupport()).hasSize(1);
    ExternalSupport support = programme.externalSupport().get(0);
    assertThat(support.procurement()).contains(ProcurementMethod.INTERNATIONAL_COMPETITIVE_BIDDING);
    assertThat(support.started()).contains(PartialDate.ofMonth(2015, 7));
    assertThat(zh(support.provider())).isEqualTo("一个全球认可的管理咨询公司");
    assertThat(zh(support.reason().get())).isEqualTo("鉴于项目的规模和复杂性");
    assertThat(support.commitment()).contains(SeedReport.BUSINESS_PROCESS_REVIEW);
  }

  @Test
  void twentyTwoHeadquartersAndSeventeenFieldTechnicalPostsSomeTransferredFromIils() {
    PostLine hq = programme.postLine(PostLineId.of("hq-policy-technical")).orElseThrow();
    assertThat(hq.count()).isEqualTo(22);
    assertThat(hq.location().kind()).isEqualTo(LocationKind.HEADQUARTERS);
    assertThat(hq.unit().map(u -> zh(u.name()))).contains("政策部门");
    assertThat(hq.category()).isEqualTo(PostCategory.TECHNICAL);
    assertThat(hq.origin().kind()).isEqualTo(OriginKind.NEW);
    assertThat(hq.ofWhich()).hasSize(1);
    assertThat(hq.ofWhich().get(0).origin().kind()).isEqualTo(OriginKind.TRANSFERRED);
    assertThat(hq.ofWhich().get(0).origin().from().map(u -> zh(u.name()))).contains("国际劳工研究所");
    assertThat(hq.ofWhich().get(0).count()).as("how many were transferred is not stated").isEmpty();
    assertThat(hq.grade()).isEmpty();
    assertThat(hq.funding()).isEmpty();

    PostLine field = programme.postLine(PostLineId.of("field-technical")).orElseThrow();
    assertThat(field.count()).isEqualTo(17);
    assertThat(field.location().kind()).isEqualTo(LocationKind.FIELD);
    assertThat(field.category()).isEqualTo(PostCategory.TECHNICAL);
    assertThat(field.origin().kind()).isEqualTo(OriginKind.NEW);
    assertThat(programme.postTotals()).as("the report states no total").isEmpty();
  }

  @Test
  void fieldReviewBuiltTeamsAndAPlatformAndAddressesTheTechnicalCooperationEvaluation() {
    Commitment field = programme.commitment(SeedReport.FIELD_REVIEW).orElseThrow();
    assertThat(field.deliverables())
        .extracting(d -> d.id().value())
        .containsExactly("global-technical-teams", "directors-platform");
    assertThat(field.addressesFindingsOf()).hasSize(1);
    assertThat(zh(field.addressesFindingsOf().get(0).title().get())).isEqualTo("国际劳工组织技术合作战略评估");
    assertThat(field.statements())
        .extracting(s -> s.id().value())
        .containsExactly("office-wide", "evaluation-groundwork");
  }

  @Test
  void mobilityPolicyIsInForceAndTheCommitteeAdvisesOnGenderAndGeographicalDiversity() {
    assertThat(programme.policies()).hasSize(1);
    assertThat(programme.policies().get(0).status()).isEqualTo(PolicyStatus.IN_FORCE);
    assertThat(zh(programme.policies().get(0).measures().get(0))).contains("临时派任");
    assertThat(programme.committees()).hasSize(1);
    assertThat(zh(programme.committees().get(0).name())).isEqualTo("招聘、派任和流动委员会");
    assertThat(programme.committees().get(0).advisesOn().stream().map(this::zh))
        .containsExactly("性别多样性不平衡", "地区多样性不平衡");
    assertThat(programme.committees().get(0).applies())
        .containsExactly(programme.policies().get(0).id());
    Commitment hr = programme.commitment(SeedReport.HUMAN_RESOURCES).orElseThrow();
    assertThat(hr.milestones().get(0).due()).contains(PartialDate.ofMonth(2016, 3));
    assertThat(zh(hr.milestones().get(0).addressee().get())).contains("计划、财务和行政管理部分");
  }

  @Test
  void diagnosticToolIsCompletedAndTheGuidebookIsUpdated() {
    Commitment tools = programme.commitment(SeedReport.COUNTRY_DIAGNOSTICS).orElseThrow();
    Deliverable tool = tools.deliverables().get(0);
    assertThat(tool.id()).isEqualTo(DeliverableId.of("diagnostic-tool"));
    assertThat(tool.status()).contains(Status.COMPLETED);
    Deliverable guidebook = tools.deliverables().get(1);
    assertThat(zh(guidebook.name())).isEqualTo("更新的体面劳动国别计划指南");
    assertThat(guidebook.status())
        .as("the report does not say where the guidebook stands")
        .isEmpty();
  }

  @Test
  void fiveFlagshipProgrammesAnnouncedInFebruary2015AreBeingDeveloped() {
    Commitment flagships = programme.commitment(SeedReport.FLAGSHIP_PROGRAMMES).orElseThrow();
    Deliverable programmes = flagships.deliverables().get(0);
    assertThat(programmes.quantity()).contains(5);
    assertThat(programmes.announced()).contains(PartialDate.ofMonth(2015, 2));
    assertThat(programmes.documents().get(0).symbol())
        .contains(DocumentSymbol.parse("GB.325/POL/7"));
    assertThat(
            programme
                .indicator(IndicatorId.of("flagship-programmes"))
                .get()
                .targets()
                .get(0)
                .value())
        .isEqualTo(IndicatorValue.count(5));
  }

  @Test
  void qualityAssuranceAndIndirectCostsAreDueBeforeTheEndOf2015AsPartsOfTheFieldReview() {
    PartialDate byEnd2015 = PartialDate.parse("by 2015");
    for (Commitment item :
        List.of(
            programme.commitment(SeedReport.DWCP_QUALITY).orElseThrow(),
            programme.commitment(SeedReport.INDIRECT_COSTS).orElseThrow())) {
      assertThat(item.due()).contains(byEnd2015);
      assertThat(item.partOf()).contains(SeedReport.FIELD_REVIEW);
    }
    assertThat(zh(programme.commitment(SeedReport.INDIRECT_COSTS).get().objective().get()))
        .isEqualTo("强化国际劳工组织一体化资源框架");
    assertThat(programme.commitment(SeedReport.FIELD_REVIEW).get().milestones().get(0).due())
        .contains(byEnd2015);
  }

  @Test
  void the2030AgendaIsRecordedAsContext() {
    Statement agenda =
        report.statements().stream()
            .filter(s -> s.kind() == StatementKind.CONTEXT)
            .findFirst()
            .orElseThrow();
    assertThat(zh(agenda.text())).contains("2030 年可持续发展议程");
    assertThat(agenda.paragraphs()).containsExactly(12);
  }

  @Test
  void monitoringFrameworkWithTargetsIsBeingCompleted() {
    assertThat(programme.monitoringFramework()).isPresent();
    assertThat(programme.monitoringFramework().get().status()).contains(Status.IN_PROGRESS);
    assertThat(programme.monitoringFramework().get().withTargets()).isTrue();
    assertThat(programme.monitoringFramework().get().commitment())
        .contains(SeedReport.MONITORING_FRAMEWORK);
  }

  @Test
  void everyReportParagraphFromOneToFifteenIsTheSourceOfSomeElement() {
    java.util.Set<Integer> cited = new java.util.TreeSet<>(programme.paragraphs());
    programme.commitments().forEach(c -> cited.addAll(c.paragraphs()));
    programme.engagements().forEach(e -> cited.addAll(e.paragraphs()));
    programme.postLines().forEach(l -> cited.addAll(l.paragraphs()));
    report.statements().forEach(s -> cited.addAll(s.paragraphs()));
    assertThat(cited)
        .containsExactlyElementsOf(
            java.util.stream.IntStream.rangeClosed(1, 15).boxed().collect(Collectors.toList()));
  }

  @Test
  void everyTextIsInChineseAndEnglish() {
    String printed = report.toString();
    assertThat(printed).contains("zh: ").contains("en: ");
    assertThat(programme.commitments())
        .allSatisfy(c -> assertThat(c.title().texts().keySet()).containsExactly("zh", "en"));
  }

  private StaffEngagement engagement(String id) {
    return programme.engagements().stream()
        .filter(e -> e.id().equals(EngagementId.of(id)))
        .findFirst()
        .orElseThrow();
  }

  private String zh(org.reformkit.core.model.LocalizedText text) {
    return text.get("zh").orElseThrow();
  }
}
