package org.reformkit.examples;

import static org.reformkit.examples.SeedReport.BUSINESS_PROCESS_REVIEW;
import static org.reformkit.examples.SeedReport.FIELD_REVIEW;
import static org.reformkit.examples.SeedReport.FLAGSHIP_PROGRAMMES;
import static org.reformkit.examples.SeedReport.text;

import com.google.common.collect.ImmutableList;
import org.reformkit.core.model.Counterpart;
import org.reformkit.core.model.DateQualifier;
import org.reformkit.core.model.Direction;
import org.reformkit.core.model.EngagementId;
import org.reformkit.core.model.EngagementKind;
import org.reformkit.core.model.Indicator;
import org.reformkit.core.model.IndicatorId;
import org.reformkit.core.model.IndicatorValue;
import org.reformkit.core.model.Location;
import org.reformkit.core.model.Measure;
import org.reformkit.core.model.MeasureKind;
import org.reformkit.core.model.Measurement;
import org.reformkit.core.model.OrgUnit;
import org.reformkit.core.model.OriginKind;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.PhaseId;
import org.reformkit.core.model.PostCategory;
import org.reformkit.core.model.PostLine;
import org.reformkit.core.model.PostLineId;
import org.reformkit.core.model.PostOrigin;
import org.reformkit.core.model.PostShare;
import org.reformkit.core.model.PostStatus;
import org.reformkit.core.model.StaffEngagement;
import org.reformkit.core.model.Status;
import org.reformkit.core.model.Target;

/**
 * Builds the posts, indicators and staff engagements of the seed report ({@link SeedReport}): the
 * post lines of paragraph 7, the indicators of paragraphs 5 and 11, and the engagements with staff
 * of paragraphs 3 to 6.
 */
final class SeedPostsAndIndicators {
  private SeedPostsAndIndicators() {}

  private static final OrgUnit IILS =
      OrgUnit.named(text("国际劳工研究所", "International Institute for Labour Studies"));

  static ImmutableList<PostLine> posts() {
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

  static ImmutableList<Indicator> indicators() {
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

  static ImmutableList<StaffEngagement> engagements() {
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
                text("既是服务提供者也是服务使用者的职员", "Staff who are both providers and users of services"))
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
            .subject(text("所有职员参加和参与此次审查", "All staff take part and participate in the review"))
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

  private static StaffEngagement.Builder engagement(
      String id, EngagementKind kind, Counterpart counterpart) {
    return StaffEngagement.builder()
        .id(EngagementId.of(id))
        .addKind(kind)
        .counterpart(counterpart)
        .commitment(BUSINESS_PROCESS_REVIEW);
  }
}
