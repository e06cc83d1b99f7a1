package org.reformkit.examples;

import static org.reformkit.examples.SeedReport.BUSINESS_PROCESS_REVIEW;
import static org.reformkit.examples.SeedReport.COUNTRY_DIAGNOSTICS;
import static org.reformkit.examples.SeedReport.DWCP_QUALITY;
import static org.reformkit.examples.SeedReport.FIELD_REVIEW;
import static org.reformkit.examples.SeedReport.FLAGSHIP_PROGRAMMES;
import static org.reformkit.examples.SeedReport.HUMAN_RESOURCES;
import static org.reformkit.examples.SeedReport.INDIRECT_COSTS;
import static org.reformkit.examples.SeedReport.MONITORING_FRAMEWORK;
import static org.reformkit.examples.SeedReport.statement;
import static org.reformkit.examples.SeedReport.text;

import com.google.common.collect.ImmutableList;
import org.reformkit.core.model.Commitment;
import org.reformkit.core.model.DateQualifier;
import org.reformkit.core.model.Deliverable;
import org.reformkit.core.model.DeliverableId;
import org.reformkit.core.model.DocumentReference;
import org.reformkit.core.model.DocumentSymbol;
import org.reformkit.core.model.Milestone;
import org.reformkit.core.model.MilestoneId;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.Phase;
import org.reformkit.core.model.PhaseId;
import org.reformkit.core.model.StatementKind;
import org.reformkit.core.model.Status;

/**
 * Builds the commitments of the seed report ({@link SeedReport}) with their phases, milestones,
 * deliverables and statements, each with the paragraphs that state them.
 */
final class SeedCommitments {
  private SeedCommitments() {}

  /** Returns the report's eight commitments, in the order the report gives them. */
  static ImmutableList<Commitment> all() {
    return ImmutableList.of(
        businessProcessReview(),
        fieldReview(),
        humanResources(),
        countryDiagnostics(),
        flagshipProgrammes(),
        dwcpQuality(),
        indirectCosts(),
        monitoringFramework());
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
            phase("c", "重新设计流程并确定方案", "Process redesign and options", Status.IN_PROGRESS, 2, 5, 6)
                .withDeliverables(
                    deliverable(
                        "options",
                        "方案",
                        "Options",
                        "有关方案将提交审议。",
                        "The options will be submitted for review.",
                        Status.IN_PROGRESS,
                        6)),
            phase(
                "d",
                "审查和批准新流程",
                "Review and approval of the new processes",
                Status.NOT_STARTED,
                2,
                6),
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
                        "国际劳工组织技术合作战略评估", "Evaluation of the ILO's technical cooperation strategy"))
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
                .name(text("更新的体面劳动国别计划指南", "Updated Decent Work Country Programme guidebook"))
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
        .objective(text("强化国际劳工组织一体化资源框架", "To strengthen the ILO's integrated resource framework"))
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
}
