package org.reformkit.examples;

import com.google.common.collect.ImmutableList;
import org.reformkit.core.model.Commitment;
import org.reformkit.core.model.CommitmentId;
import org.reformkit.core.model.Committee;
import org.reformkit.core.model.CommitteeId;
import org.reformkit.core.model.Counterpart;
import org.reformkit.core.model.DatePeriod;
import org.reformkit.core.model.DateQualifier;
import org.reformkit.core.model.Deliverable;
import org.reformkit.core.model.DeliverableId;
import org.reformkit.core.model.Direction;
import org.reformkit.core.model.DocumentCover;
import org.reformkit.core.model.DocumentReference;
import org.reformkit.core.model.DocumentSymbol;
import org.reformkit.core.model.EngagementId;
import org.reformkit.core.model.EngagementKind;
import org.reformkit.core.model.ExternalSupport;
import org.reformkit.core.model.Footnote;
import org.reformkit.core.model.GoverningBodyDocument;
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
import org.reformkit.core.model.Policy;
import org.reformkit.core.model.PolicyId;
import org.reformkit.core.model.PolicyStatus;
import org.reformkit.core.model.PostCategory;
import org.reformkit.core.model.PostLine;
import org.reformkit.core.model.PostLineId;
import org.reformkit.core.model.PostOrigin;
import org.reformkit.core.model.PostShare;
import org.reformkit.core.model.PostStatus;
import org.reformkit.core.model.ProcurementMethod;
import org.reformkit.core.model.ProgrammeId;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.StaffEngagement;
import org.reformkit.core.model.Statement;
import org.reformkit.core.model.StatementId;
import org.reformkit.core.model.StatementKind;
import org.reformkit.core.model.Status;
import org.reformkit.core.model.SupportId;
import org.reformkit.core.model.SupportKind;
import org.reformkit.core.model.Target;

/**
 * The seed report as data: the Director-General's first supplementary report to the 325th session
 * of the ILO Governing Body (November 2015), "Update on the internal reform", symbol {@code
 * GB.325/INS/15/1}, built with the model's builders.
 *
 * <p>The Chinese text is the report's own; the English text is this project's rendering. Every
 * fact of the report is here, with the paragraph that states it, and nothing the report does not
 * say: where the report gives no date, owner or count, the value is absent. Three readings are
 * this project's and are written down here: the month "July" in paragraph 4 is taken to be July
 * 2015; the human-resources mobility policy is taken to affect staff; the diagnostic tool, the
 * guidebook, the quality assurance of DWCPs and the review of indirect costs are taken as parts
 * of the field review, under whose heading (paragraphs 7 to 14) the report lists them.
 *
 * <pre>{@code
 * ProgressReport report = SeedReport.november2015();
 * report.document().symbol();                                   // GB.325/INS/15/1
 * report.programme().commitment(SeedReport.BUSINESS_PROCESS_REVIEW)
 *     .get().phases().size();                                   // 5
 * }</pre>
 */
public final class SeedReport {
  /** The business process review (paragraphs 1 to 6). */
  public static final CommitmentId BUSINESS_PROCESS_REVIEW = CommitmentId.of("bpr");

  /** The field operations and structure review (paragraphs 1, 7, 13 and 14). */
  public static final CommitmentId FIELD_REVIEW = CommitmentId.of("field-review");

  /** The human resources reform and its mobility policy (paragraphs 8 and 9). */
  public static final CommitmentId HUMAN_RESOURCES = CommitmentId.of("hr-mobility");

  /** The country policy diagnostic tool and the updated DWCP guidebook (paragraph 10). */
  public static final CommitmentId COUNTRY_DIAGNOSTICS = CommitmentId.of("country-diagnostics");

  /** The five development cooperation flagship programmes (paragraph 11). */
  public static final CommitmentId FLAGSHIP_PROGRAMMES = CommitmentId.of("flagships");

  /** Quality assurance and monitoring of Decent Work Country Programmes (paragraph 13). */
  public static final CommitmentId DWCP_QUALITY = CommitmentId.of("dwcp-quality");

  /** The review of indirect costs and funding modalities (paragraph 13). */
  public static final CommitmentId INDIRECT_COSTS = CommitmentId.of("indirect-costs");

  /** The reform monitoring framework with targets (paragraph 15). */
  public static final CommitmentId MONITORING_FRAMEWORK = CommitmentId.of("monitoring-framework");

  /** The symbol of the seed report. */
  public static final DocumentSymbol SYMBOL = DocumentSymbol.parse("GB.325/INS/15/1");

  private static final OrgUnit DDG_MR =
      OrgUnit.of(
          "DDG/MR",
          text(
              "负责管理与改革的副局长办公室",
              "Office of the Deputy Director-General for Management and Reform"));

  private static final OrgUnit IILS =
      OrgUnit.named(text("国际劳工研究所", "International Institute for Labour Studies"));

  private SeedReport() {}

  /**
   * Returns the seed report, as of November 2015.
   *
   * @return the seed report
   */
  public static ProgressReport november2015() {
    return ProgressReport.builder()
        .document(document())
        .asOf(PartialDate.ofMonth(2015, 11))
        .previousReport(
            DocumentReference.builder()
                .title(text("2015 年 3 月份的报告", "The report of March 2015"))
                .date(PartialDate.ofMonth(2015, 3))
                .build())
        .programme(programme())
        .addAllStatements(reportStatements())
        .build();
  }

  private static GoverningBodyDocument document() {
    return GoverningBodyDocument.builder()
        .symbol(SYMBOL)
        .heading(text("局长报告", "Report of the Director-General"))
        .title(
            text(
                "第一份补充报告：内部改革的最新情况",
                "First supplementary report: Update on the internal reform"))
        .agendaItem("15")
        .sessionDates(DatePeriod.within(PartialDate.ofMonth(2015, 11)))
        .cover(cover())
        .addAllFootnotes(
            ImmutableList.of(
                Footnote.builder()
                    .number(1)
                    .paragraph(7)
                    .text(
                        text(
                            "局长 2016–17 两年期计划和预算草案(理事会文件 GB.323/PFA/1)，第 19 段。",
                            "The Director-General's Programme and Budget proposals for 2016–17"
                                + " (GB.323/PFA/1), paragraph 19."))
                    .addReference(
                        DocumentReference.builder()
                            .symbol(DocumentSymbol.parse("GB.323/PFA/1"))
                            .title(
                                text(
                                    "局长 2016–17 两年期计划和预算草案",
                                    "The Director-General's Programme and Budget proposals for"
                                        + " 2016–17"))
                            .addParagraph(19)
                            .build())
                    .build(),
                Footnote.builder()
                    .number(2)
                    .paragraph(11)
                    .text(text("理事会文件 GB.325/POL/7。", "GB.325/POL/7."))
                    .addReference(DocumentReference.of(DocumentSymbol.parse("GB.325/POL/7")))
                    .build()))
        .build();
  }

  private static DocumentCover cover() {
    DocumentCover.Builder cover =
        DocumentCover.builder()
            .purpose(
                text(
                    "报告在实施内部改革议程方面取得的进展。",
                    "To report on the progress made in implementing the internal reform agenda."))
            .strategicObjective(text("跨部门。", "Cross-cutting."))
            .policyImplications(
                text(
                    "更加有效地使用人力和财务资源，为成员的需求服务。",
                    "A more effective use of human and financial resources to serve the needs of"
                        + " constituents."))
            .legalImplications(
                text(
                    "在推行改革措施时履行相关国际劳工组织规则和规定。",
                    "Compliance with the relevant ILO rules and regulations in implementing the"
                        + " reform measures."))
            .financialImplications(text("无。", "None."))
            .followUpAction(text("无。", "None."))
            .authorUnit(DDG_MR)
            .addRelatedDocument(
                DocumentReference.builder()
                    .title(
                        text(
                            "国际劳工组织争取公平全球化的社会正义宣言以及与其配套的关于加强国际劳工组织能力，"
                                + "帮助其成员在全球化背景下实现其目标的决议，国际劳工大会，第 97 届会议，日内瓦，"
                                + "2008 年。",
                            "ILO Declaration on Social Justice for a Fair Globalization and the"
                                + " accompanying Resolution on strengthening the ILO's capacity to"
                                + " assist its Members' efforts to reach its objectives in the"
                                + " context of globalization, International Labour Conference,"
                                + " 97th Session, Geneva, 2008."))
                    .date(PartialDate.ofYear(2008))
                    .build());
    for (String symbol :
        ImmutableList.of(
            "GB.317/INS/12/2",
            "GB.319/INS/14/1",
            "GB.320/PFA/13",
            "GB.320/INS/14/1",
            "GB.322/PFA/9",
            "GB.322/POL/6",
            "GB.322/INS/13/1",
            "GB.323/INS/INF/2")) {
      cover.addRelatedDocument(DocumentReference.of(DocumentSymbol.parse(symbol)));
    }
    return cover.build();
  }

  private static ReformProgramme programme() {
    return ReformProgramme.builder()
        .id(ProgrammeId.of("ilo-internal-reform"))
        .name(text("内部改革议程", "Internal reform agenda"))
        .organization(text("国际劳工局", "International Labour Office"))
        .owner(DDG_MR)
        .launched(PartialDate.ofYear(2012).qualified(DateQualifier.ABOUT))
        .status(Status.IN_PROGRESS)
        .addParagraphs(1, 15)
        .addAllCommitments(
            ImmutableList.of(
                businessProcessReview(),
                fieldReview(),
                humanResources(),
                countryDiagnostics(),
                flagshipProgrammes(),
                dwcpQuality(),
                indirectCosts(),
                monitoringFramework()))
        .addAllPostLines(posts())
        .addAllIndicators(indicators())
        .monitoringFramework(
            MonitoringFramework.builder()
                .name(text("包含目标的改革监测框架", "Reform monitoring framework with targets"))
                .status(Status.IN_PROGRESS)
                .withTargets(true)
                .purpose(
                    text(
                        "对取得的成绩和存在的缺点进行盘点并确定需要采取的进一步行动以保证持续改进",
                        "To take stock of achievements and shortcomings and identify the further"
                            + " action needed to ensure continuous improvement"))
                .commitment(MONITORING_FRAMEWORK)
                .addParagraph(15)
                .build())
        .addAllEngagements(engagements())
        .addExternalSupport(
            ExternalSupport.builder()
                .id(SupportId.of("bpr-consultancy"))
                .kind(SupportKind.CONSULTANCY)
                .provider(
                    text("一个全球认可的管理咨询公司", "A globally recognized management consultancy firm"))
                .procurement(ProcurementMethod.INTERNATIONAL_COMPETITIVE_BIDDING)
                .reason(
                    text("鉴于项目的规模和复杂性", "Given the scale and complexity of the project"))
                .started(PartialDate.ofMonth(2015, 7))
                .commitment(BUSINESS_PROCESS_REVIEW)
                .addParagraph(4)
                .build())
        .addPolicy(
            Policy.builder()
                .id(PolicyId.of("mobility"))
                .name(text("新的流动性政策", "New mobility policy"))
                .status(PolicyStatus.IN_FORCE)
                .addMeasure(
                    text(
                        "一个新的流动政策方面的举措使员工可以受益于在地区和总部的临时派任",
                        "A new mobility initiative lets staff benefit from temporary assignments"
                            + " in the regions and at headquarters"))
                .commitment(HUMAN_RESOURCES)
                .addParagraph(8)
                .build())
        .addCommittee(
            Committee.builder()
                .id(CommitteeId.of("ramc"))
                .name(text("招聘、派任和流动委员会", "Recruitment, Assignment and Mobility Committee"))
                .addFunction(
                    text(
                        "在填补空缺时适用流动性标准",
                        "Applies the mobility criteria when filling vacancies"))
                .addFunction(
                    text(
                        "向局长提供关于人员配置趋势的建议",
                        "Advises the Director-General on staffing trends"))
                .addAdvisesOn(text("性别多样性不平衡", "Imbalances in gender diversity"))
                .addAdvisesOn(text("地区多样性不平衡", "Imbalances in geographical diversity"))
                .advises(text("局长", "The Director-General"))
                .addApply(PolicyId.of("mobility"))
                .addParagraph(8)
                .build())
        .addStatement(
            statement(
                "consolidation",
                StatementKind.FINDING,
                "开始实施改革承诺的其他组成部分，与此同时继续巩固前些阶段所采取的行动。",
                "Implementation of the other components of the reform commitments has begun, while"
                    + " the action taken in earlier stages continues to be consolidated.",
                1))
        .addStatement(
            statement(
                "results-so-far",
                StatementKind.ASSESSMENT,
                "到目前为止所采取的举措，加上在确保组织文化与改革目标相呼应方面的努力，在效率、反应能力和服务质量方面正产生积极的效果。",
                "The initiatives taken so far, together with efforts to align the organizational"
                    + " culture with the aims of the reform, are having a positive effect on"
                    + " efficiency, responsiveness and the quality of services.",
                15))
        .addStatement(
            statement(
                "nearing-full-implementation",
                StatementKind.ASSESSMENT,
                "在三年前启动的改革承诺即将全面实施之际，对取得的成绩和存在的缺点进行盘点并确定需要采取的进一步行动以保证持续改进，这是恰当的。",
                "As the reform commitments launched three years ago near full implementation, it"
                    + " is appropriate to take stock of achievements and shortcomings and to"
                    + " identify the further action needed to ensure continuous improvement.",
                15))
        .build();
  }

  private static Commitment businessProcessReview() {
    return Commitment.builder()
        .id(BUSINESS_PROCESS_REVIEW)
        .title(text("行政管理业务流程审查", "Review of administrative business processes"))
        .objective(text("精简流程，提高成本效益", "To streamline processes and improve cost-effectiveness"))
        .scope(
            text(
                "对外地办事处和技术单位的选定行政管理业务流程进行审查。它将处理存在的差距、重复和交叉问题，"
                    + "确保流程尽可能具有效果和效率并腾出资源，将其用于向三方成员提供技术服务。",
                "Selected administrative business processes in field offices and technical units."
                    + " The review addresses gaps, duplication and overlaps, makes processes as"
                    + " effective and efficient as possible, and frees resources for technical"
                    + " services to the tripartite constituents."))
        .status(Status.IN_PROGRESS)
        .started(PartialDate.ofMonth(2015, 3).qualified(DateQualifier.FROM))
        .affectsStaff(true)
        .addParagraphs(1, 2, 3, 4, 5, 6)
        .addPhases(
            phase("a", "收集数据", "Data collection", Status.COMPLETED, 2, 5, 6),
            phase("b", "流程分析", "Process analysis", Status.COMPLETED, 2, 5, 6)
                .withDeliverables(
                    deliverable(
                        "priority-areas",
                        "优先领域",
                        "Priority areas",
                        "在其中落实改革能对服务质量和效率产生最大影响的领域；确定时考虑到了复杂性、前期成本和实施所需的内部人力资源。",
                        "The areas where the reform can most improve the quality and efficiency"
                            + " of services, identified from the results of data collection and"
                            + " process analysis, considering complexity, upfront costs and the"
                            + " internal human resources that implementation needs.",
                        Status.COMPLETED,
                        6)),
            phase(
                    "c",
                    "重新设计流程并确定方案",
                    "Process redesign and options",
                    Status.IN_PROGRESS,
                    2,
                    5,
                    6)
                .withDeliverables(
                    deliverable(
                        "options",
                        "方案",
                        "Options",
                        "有关方案将提交审议。",
                        "The options will be submitted for review.",
                        Status.IN_PROGRESS,
                        6)),
            phase("d", "审查和批准新流程", "Review and approval of the new processes", Status.NOT_STARTED, 2, 6),
            phase("e", "实施", "Implementation", Status.NOT_STARTED, 2, 6)
                .withPlannedStart(PartialDate.ofYear(2016)))
        .addStatement(
            statement(
                "openness",
                StatementKind.PRINCIPLE,
                "劳工局坚持改革承诺的开放和透明原则，让所有职员参加和参与此次审查。",
                "True to the reform's commitment to openness and transparency, the Office involves"
                    + " all staff in the review.",
                3))
        .addStatement(
            statement(
                "decisions-from-2016",
                StatementKind.PLAN,
                "2016 年将开始实施相关决定。",
                "Implementation of the resulting decisions will begin in 2016.",
                6))
        .build();
  }

  private static Commitment fieldReview() {
    return Commitment.builder()
        .id(FIELD_REVIEW)
        .title(text("外地业务和结构审查", "Review of field operations and structure"))
        .objective(
            text(
                "加强外地能力并提供一个更加协调一致的体系，向三方成员交付服务",
                "To strengthen field capacity and provide a more coherent system for delivering"
                    + " services to the tripartite constituents"))
        .status(Status.IN_PROGRESS)
        .addParagraphs(1, 7, 13, 14)
        .addAddressesFindingsOf(
            DocumentReference.builder()
                .title(
                    text(
                        "国际劳工组织技术合作战略评估",
                        "Evaluation of the ILO's technical cooperation strategy"))
                .build())
        .addDeliverables(
            deliverable(
                "global-technical-teams",
                "全球技术团队",
                "Global technical teams",
                "促进知识共享并加强团队成员的技术能力。",
                "To foster knowledge sharing and strengthen the technical capacity of team members.",
                Status.COMPLETED,
                7),
            deliverable(
                "directors-platform",
                "外地办事处和总部司局长平台",
                "Platform for directors of field offices and headquarters departments",
                "促进信息共享、协作和团队建设。",
                "Fosters information sharing, collaboration and team building.",
                Status.COMPLETED,
                7))
        .addMilestone(
            Milestone.builder()
                .id(MilestoneId.of("remaining-items-2015"))
                .description(
                    text(
                        "继续就外地审查实施计划所余的几个项目开展工作",
                        "Continue work on the remaining items of the field review implementation"
                            + " plan"))
                .due(PartialDate.ofYear(2015).qualified(DateQualifier.BY))
                .status(Status.IN_PROGRESS)
                .addParagraph(13)
                .build())
        .addStatements(
            statement(
                "office-wide",
                StatementKind.FINDING,
                "继续实施因外地业务审查而做出的决定；这涉及全劳工局的行动。",
                "The decisions arising from the field operations review continue to be"
                    + " implemented; this involves action across the whole Office.",
                1),
            statement(
                "evaluation-groundwork",
                StatementKind.FINDING,
                "外地审查的举措处理了在国际劳工组织技术合作战略评估中出现的几点问题，这方面的基础工作在实施外地审查措施之前已完成。",
                "The field review initiatives address several issues raised in the evaluation of"
                    + " the ILO's technical cooperation strategy; the groundwork for this was"
                    + " completed before the field review measures were implemented.",
                14))
        .build();
  }

  private static Commitment humanResources() {
    return Commitment.builder()
        .id(HUMAN_RESOURCES)
        .title(text("人力资源改革：流动性政策", "Human resources reform: mobility policy"))
        .status(Status.IN_PROGRESS)
        .affectsStaff(true)
        .addParagraphs(8, 9)
        .addMilestone(
            Milestone.builder()
                .id(MilestoneId.of("hr-report-2016-03"))
                .description(
                    text(
                        "关于实施人力资源改革方面的进一步信息将提交给理事会",
                        "Further information on the implementation of the human resources reform"
                            + " goes to the Governing Body"))
                .due(PartialDate.ofMonth(2016, 3))
                .status(Status.NOT_STARTED)
                .addressee(
                    text(
                        "理事会的计划、财务和行政管理部分",
                        "The Programme, Financial and Administrative Section of the Governing"
                            + " Body"))
                .addParagraph(9)
                .build())
        .build();
  }

  private static Commitment countryDiagnostics() {
    return Commitment.builder()
        .id(COUNTRY_DIAGNOSTICS)
        .title(
            text(
                "国别政策诊断工具和体面劳动国别计划指南",
                "Country policy diagnostic tool and Decent Work Country Programme guidebook"))
        .objective(
            text(
                "提供一个坚实的框架，使外地办事处能够改善为三方成员提供的服务",
                "To provide a solid framework that enables field offices to improve their services"
                    + " to the tripartite constituents"))
        .status(Status.IN_PROGRESS)
        .partOf(FIELD_REVIEW)
        .addParagraph(10)
        .addDeliverables(
            deliverable(
                "diagnostic-tool",
                "新的国别政策诊断工具",
                "New country policy diagnostic tool",
                "已经完成。",
                "Completed.",
                Status.COMPLETED,
                10),
            Deliverable.builder()
                .id(DeliverableId.of("dwcp-guidebook"))
                .name(
                    text(
                        "更新的体面劳动国别计划指南",
                        "Updated Decent Work Country Programme guidebook"))
                .addParagraph(10)
                .build())
        .build();
  }

  private static Commitment flagshipProgrammes() {
    return Commitment.builder()
        .id(FLAGSHIP_PROGRAMMES)
        .title(text("发展合作“旗舰计划”", "Development cooperation flagship programmes"))
        .status(Status.IN_PROGRESS)
        .addParagraph(11)
        .addDeliverable(
            Deliverable.builder()
                .id(DeliverableId.of("flagship-programmes"))
                .name(text("发展合作“旗舰计划”", "Development cooperation flagship programmes"))
                .description(
                    text(
                        "在全球层面持续进行开发工作；关于该举措的全面概览见提交给本届理事会的文件。",
                        "Being developed at the global level; a full overview is in a paper to"
                            + " this session of the Governing Body."))
                .status(Status.IN_PROGRESS)
                .quantity(5)
                .announced(PartialDate.ofMonth(2015, 2))
                .addDocument(DocumentReference.of(DocumentSymbol.parse("GB.325/POL/7")))
                .addParagraph(11)
                .build())
        .build();
  }

  private static Commitment dwcpQuality() {
    return Commitment.builder()
        .id(DWCP_QUALITY)
        .title(
            text(
                "改善体面劳动国别计划的质量保证和监测机制",
                "Improving the quality assurance and monitoring of Decent Work Country"
                    + " Programmes"))
        .status(Status.IN_PROGRESS)
        .due(PartialDate.ofYear(2015).qualified(DateQualifier.BY))
        .partOf(FIELD_REVIEW)
        .addParagraph(13)
        .build();
  }

  private static Commitment indirectCosts() {
    return Commitment.builder()
        .id(INDIRECT_COSTS)
        .title(
            text(
                "对有关间接成本和各种筹资模式管理的程序和政策进行审查",
                "Review of the procedures and policies on indirect costs and the management of"
                    + " funding modalities"))
        .objective(
            text(
                "强化国际劳工组织一体化资源框架",
                "To strengthen the ILO's integrated resource framework"))
        .status(Status.IN_PROGRESS)
        .due(PartialDate.ofYear(2015).qualified(DateQualifier.BY))
        .partOf(FIELD_REVIEW)
        .addParagraph(13)
        .build();
  }

  private static Commitment monitoringFramework() {
    return Commitment.builder()
        .id(MONITORING_FRAMEWORK)
        .title(text("改革监测框架", "Reform monitoring framework"))
        .objective(
            text(
                "对取得的成绩和存在的缺点进行盘点并确定需要采取的进一步行动以保证持续改进",
                "To take stock of achievements and shortcomings and identify the further action"
                    + " needed to ensure continuous improvement"))
        .status(Status.IN_PROGRESS)
        .addParagraph(15)
        .build();
  }

  private static ImmutableList<PostLine> posts() {
    return ImmutableList.of(
        PostLine.builder()
            .id(PostLineId.of("hq-policy-technical"))
            .count(22)
            .description(
                text(
                    "在总部的政策部门配备了 22 个新的技术职位(包括从国际劳工研究所转入的职位)",
                    "22 new technical posts in the policy portfolio at headquarters (including"
                        + " posts transferred from the International Institute for Labour"
                        + " Studies)"))
            .location(Location.headquarters())
            .unit(OrgUnit.named(text("政策部门", "Policy portfolio")))
            .category(PostCategory.TECHNICAL)
            .origin(PostOrigin.of(OriginKind.NEW))
            .addOfWhich(PostShare.some(PostOrigin.transferredFrom(IILS)))
            .status(PostStatus.ESTABLISHED)
            .commitment(FIELD_REVIEW)
            .addParagraph(7)
            .build(),
        PostLine.builder()
            .id(PostLineId.of("field-technical"))
            .count(17)
            .description(text("在外地还配备了 17 个新的技术职位", "17 new technical posts in the field"))
            .location(Location.field())
            .category(PostCategory.TECHNICAL)
            .origin(PostOrigin.of(OriginKind.NEW))
            .status(PostStatus.ESTABLISHED)
            .commitment(FIELD_REVIEW)
            .addParagraph(7)
            .build());
  }

  private static ImmutableList<Indicator> indicators() {
    return ImmutableList.of(
        Indicator.builder()
            .id(IndicatorId.of("bpr-interviews"))
            .name(text("数据收集阶段与职员进行的深入访谈", "In-depth staff interviews in data collection"))
            .measure(Measure.of(MeasureKind.COUNT))
            .direction(Direction.HIGHER_IS_BETTER)
            .addMeasurement(
                Measurement.builder()
                    .value(IndicatorValue.count(75))
                    .date(PartialDate.ofMonth(2015, 11).qualified(DateQualifier.BY))
                    .addParagraph(5)
                    .build())
            .commitment(BUSINESS_PROCESS_REVIEW)
            .addParagraph(5)
            .build(),
        Indicator.builder()
            .id(IndicatorId.of("flagship-programmes"))
            .name(text("开发的发展合作旗舰计划", "Development cooperation flagship programmes developed"))
            .measure(Measure.of(MeasureKind.COUNT))
            .direction(Direction.HIGHER_IS_BETTER)
            .addTarget(Target.builder().value(IndicatorValue.count(5)).addParagraph(11).build())
            .commitment(FLAGSHIP_PROGRAMMES)
            .addParagraph(11)
            .build());
  }

  private static ImmutableList<StaffEngagement> engagements() {
    return ImmutableList.of(
        engagement("bpr-interviews", EngagementKind.INTERVIEW, Counterpart.STAFF)
            .subject(text("数据收集阶段的深入访谈", "In-depth interviews during data collection"))
            .count(75)
            .status(Status.COMPLETED)
            .phase(PhaseId.of("a"))
            .addParagraph(5)
            .build(),
        engagement("bpr-analysis-meetings", EngagementKind.MEETING, Counterpart.STAFF)
            .participants(text("提供服务的职员", "Staff who provide services"))
            .subject(text("流程分析阶段的会议", "Meetings during process analysis"))
            .status(Status.COMPLETED)
            .phase(PhaseId.of("b"))
            .addParagraph(5)
            .build(),
        engagement("bpr-redesign-participation", EngagementKind.PARTICIPATION, Counterpart.STAFF)
            .participants(
                text(
                    "既是服务提供者也是服务使用者的职员",
                    "Staff who are both providers and users of services"))
            .subject(text("业务流程的重新设计", "Redesign of the business processes"))
            .status(Status.NOT_STARTED)
            .phase(PhaseId.of("c"))
            .addParagraph(5)
            .build(),
        engagement("staff-survey", EngagementKind.SURVEY, Counterpart.ALL_STAFF)
            .subject(text("面向所有职员的详细调查", "A detailed survey of all staff"))
            .status(Status.IN_PROGRESS)
            .addParagraph(5)
            .build(),
        engagement("all-staff-participation", EngagementKind.PARTICIPATION, Counterpart.ALL_STAFF)
            .subject(
                text("所有职员参加和参与此次审查", "All staff take part and participate in the review"))
            .status(Status.IN_PROGRESS)
            .addParagraph(3)
            .build(),
        engagement("staff-union", EngagementKind.INFORMATION, Counterpart.STAFF_UNION)
            .addKinds(EngagementKind.CONSULTATION, EngagementKind.NEGOTIATION)
            .subject(
                text(
                    "与职员工会共享信息并视情况进行磋商或谈判",
                    "Information shared with the staff union, with consultation or negotiation"
                        + " as appropriate"))
            .note(text("视情况进行磋商或谈判", "Consultation or negotiation as appropriate"))
            .status(Status.NOT_STARTED)
            .addParagraph(6)
            .build());
  }

  private static StaffEngagement.Builder engagement(String id, EngagementKind kind, Counterpart counterpart) {
    return StaffEngagement.builder()
        .id(EngagementId.of(id))
        .addKind(kind)
        .counterpart(counterpart)
        .commitment(BUSINESS_PROCESS_REVIEW);
  }

  private static ImmutableList<Statement> reportStatements() {
    return ImmutableList.of(
        statement(
            "progress-since-march",
            StatementKind.FINDING,
            "自 2015 年 3 月份的报告以来，最重要的进展是启动了行政管理业务流程审查，目的是精简流程，提高成本效益。",
            "Since the report of March 2015, the most important progress has been the launch of"
                + " the review of administrative business processes, to streamline processes and"
                + " improve cost-effectiveness.",
            1),
        statement(
            "agenda-2030",
            StatementKind.CONTEXT,
            "联合国通过的 2030 年可持续发展议程为合作展开了新的前景，并有可能对国家层面支持和参与多边体系提出更多要求。"
                + "通过加强外地活动和技术能力，劳工局能够更好地抓住这些机会，为制定设想的国家战略做出贡献并应对在联合国系统内发挥领导作用的挑战。",
            "The 2030 Agenda for Sustainable Development adopted by the United Nations opens new"
                + " prospects for cooperation and may place greater demands on support for, and"
                + " engagement with, the multilateral system at country level. With stronger field"
                + " operations and technical capacity, the Office is better placed to seize these"
                + " opportunities, contribute to the national strategies envisaged and meet the"
                + " challenge of leadership within the United Nations system.",
            12));
  }

  private static Phase phase(String id, String zh, String en, Status status, int... paragraphs) {
    return Phase.builder()
        .id(PhaseId.of(id))
        .name(text(zh, en))
        .status(status)
        .addParagraphs(paragraphs)
        .build();
  }

  private static Deliverable deliverable(
      String id,
      String nameZh,
      String nameEn,
      String descriptionZh,
      String descriptionEn,
      Status status,
      int paragraph) {
    return Deliverable.builder()
        .id(DeliverableId.of(id))
        .name(text(nameZh, nameEn))
        .description(text(descriptionZh, descriptionEn))
        .status(status)
        .addParagraph(paragraph)
        .build();
  }

  private static Statement statement(
      String id, StatementKind kind, String zh, String en, int paragraph) {
    return Statement.builder()
        .id(StatementId.of(id))
        .kind(kind)
        .text(text(zh, en))
        .addParagraph(paragraph)
        .build();
  }

  private static LocalizedText text(String zh, String en) {
    return LocalizedText.zhEn(zh, en);
  }
}
