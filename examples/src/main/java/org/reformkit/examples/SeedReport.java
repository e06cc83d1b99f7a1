package org.reformkit.examples;

import com.google.common.collect.ImmutableList;
import org.reformkit.core.model.CommitmentId;
import org.reformkit.core.model.Committee;
import org.reformkit.core.model.CommitteeId;
import org.reformkit.core.model.DateQualifier;
import org.reformkit.core.model.DocumentReference;
import org.reformkit.core.model.DocumentSymbol;
import org.reformkit.core.model.ExternalSupport;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.MonitoringFramework;
import org.reformkit.core.model.OrgUnit;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.Policy;
import org.reformkit.core.model.PolicyId;
import org.reformkit.core.model.PolicyStatus;
import org.reformkit.core.model.ProcurementMethod;
import org.reformkit.core.model.ProgrammeId;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.Statement;
import org.reformkit.core.model.StatementId;
import org.reformkit.core.model.StatementKind;
import org.reformkit.core.model.Status;
import org.reformkit.core.model.SupportId;
import org.reformkit.core.model.SupportKind;

/**
 * The seed report as data: the Director-General's first supplementary report to the 325th session
 * of the ILO Governing Body (November 2015), "Update on the internal reform", symbol {@code
 * GB.325/INS/15/1}, built with the model's builders.
 *
 * <p>The Chinese text is the report's own; the English text is this project's rendering. Every fact
 * of the report is here, with the paragraph that states it, and nothing the report does not say:
 * where the report gives no date, owner or count, the value is absent. Three readings are this
 * project's and are written down here: the month "July" in paragraph 4 is taken to be July 2015;
 * the human-resources mobility policy is taken to affect staff; the diagnostic tool, the guidebook,
 * the quality assurance of DWCPs and the review of indirect costs are taken as parts of the field
 * review, under whose heading (paragraphs 7 to 14) the report lists them.
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

  static final OrgUnit DDG_MR =
      OrgUnit.of(
          "DDG/MR",
          text(
              "负责管理与改革的副局长办公室", "Office of the Deputy Director-General for Management and Reform"));

  private SeedReport() {}

  /**
   * Returns the seed report, as of November 2015.
   *
   * @return the seed report
   */
  public static ProgressReport november2015() {
    return ProgressReport.builder()
        .document(SeedDocument.document())
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

  private static ReformProgramme programme() {
    return ReformProgramme.builder()
        .id(ProgrammeId.of("ilo-internal-reform"))
        .name(text("内部改革议程", "Internal reform agenda"))
        .organization(text("国际劳工局", "International Labour Office"))
        .owner(DDG_MR)
        .launched(PartialDate.ofYear(2012).qualified(DateQualifier.ABOUT))
        .status(Status.IN_PROGRESS)
        .addParagraphs(1, 15)
        .addAllCommitments(SeedCommitments.all())
        .addAllPostLines(SeedPostsAndIndicators.posts())
        .addAllIndicators(SeedPostsAndIndicators.indicators())
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
        .addAllEngagements(SeedPostsAndIndicators.engagements())
        .addExternalSupport(
            ExternalSupport.builder()
                .id(SupportId.of("bpr-consultancy"))
                .kind(SupportKind.CONSULTANCY)
                .provider(
                    text("一个全球认可的管理咨询公司", "A globally recognized management consultancy firm"))
                .procurement(ProcurementMethod.INTERNATIONAL_COMPETITIVE_BIDDING)
                .reason(text("鉴于项目的规模和复杂性", "Given the scale and complexity of the project"))
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
                    text("在填补空缺时适用流动性标准", "Applies the mobility criteria when filling vacancies"))
                .addFunction(
                    text("向局长提供关于人员配置趋势的建议", "Advises the Director-General on staffing trends"))
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

  static Statement statement(String id, StatementKind kind, String zh, String en, int paragraph) {
    return Statement.builder()
        .id(StatementId.of(id))
        .kind(kind)
        .text(text(zh, en))
        .addParagraph(paragraph)
        .build();
  }

  static LocalizedText text(String zh, String en) {
    return LocalizedText.zhEn(zh, en);
  }
}
