package org.reformkit.examples.dashboard;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.Optional;
import org.reformkit.core.model.DateQualifier;
import org.reformkit.core.model.ImplementationStatus;
import org.reformkit.core.model.LocationKind;
import org.reformkit.core.model.OriginKind;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.Status;
import org.reformkit.examples.dashboard.FindingRow.Severity;

/** The dashboard's own words, in English and Chinese. */
final class DashboardText {
  private static final ImmutableMap<String, String> ZH =
      ImmutableMap.<String, String>builder()
          .put("dashboard", "改革进展一览")
          .put("as of", "截至")
          .put("follows", "上一份报告")
          .put("timeline", "时间表")
          .put("timeline note", "上方细条为计划，下方粗条为实际；浅色带表示只知道月份或年份的日期，渐隐的一端表示没有说明的起止日期。")
          .put("planned", "计划")
          .put("actual", "实际")
          .put("no dates", "未说明日期")
          .put("so far", "至今")
          .put("programme", "改革议程")
          .put("indicators", "指标")
          .put("latest", "最新")
          .put("target", "目标")
          .put("no target", "未说明目标")
          .put("no measurement", "尚无测量值")
          .put("posts", "职位")
          .put("posts note", "按地点和来源统计的职位数")
          .put("of which", "其中")
          .put("not stated", "数目未说明")
          .put("some", "部分")
          .put("from", "来自")
          .put("findings", "检查结果")
          .put("no findings", "没有检查结果。")
          .put("code", "代码")
          .put("severity", "严重程度")
          .put("path", "位置")
          .put("message", "说明")
          .put("total", "合计")
          .put("legend", "图例")
          .put("history", "历次报告")
          .put("history note", "每行一个承诺、阶段或里程碑，每列一份报告，颜色表示该报告给出的状态；空白表示该报告未列出。")
          .put("moved dates", "变动过的计划日期")
          .put("recommendations", "监督机构的建议")
          .put("recommendations note", "按来源和执行状态列出的建议；虚线框部分为未说明状态的建议，执行率只按已说明状态的建议计算。")
          .put("implemented rate", "执行率")
          .put("status not stated", "状态未说明")
          .put("stated counts", "报告所述数目")
          .put("every status", "所有状态")
          .put("recommendations unit", "项建议")
          .put("actions unit", "项行动")
          .put("relocations", "职位调动")
          .put("relocations note", "按工作地点列出的调入（轴右）和调出（轴左）职位及净额。")
          .put("moved in", "调入")
          .put("moved out", "调出")
          .put("not listed", "未列出")
          .put("money", "资金")
          .put("money note", "每行为一个承诺（或整个方案）在一个期间的支出与核定预算之比；各行按自身金额缩放，不同货币不作比较。")
          .put("no comparison", "报告没有给出同一范围和期间、同一货币的核定预算和支出。")
          .put("approved", "核定")
          .put("spent", "支出")
          .put("risks", "风险")
          .put("risks note", "按报告自己的等级排列的可能性 × 影响；只有报告说明何为“高”时才标为高。")
          .put("not rated", "未评级")
          .put("likelihood", "可能性")
          .put("impact", "影响")
          .put("risk level 1", "低")
          .put("risk level 2", "中")
          .put("risk level 3", "高")
          .buildOrThrow();

  private static final ImmutableMap<String, String> EN =
      ImmutableMap.<String, String>builder()
          .put("dashboard", "Reform progress dashboard")
          .put("as of", "As of")
          .put("follows", "Previous report")
          .put("timeline", "Timeline")
          .put(
              "timeline note",
              "Thin upper bars are planned, thick lower bars actual. A pale band is a date known"
                  + " only to the month or year; a fading end is a start or end the report does not"
                  + " state.")
          .put("planned", "planned")
          .put("actual", "actual")
          .put("no dates", "no dates stated")
          .put("so far", "so far")
          .put("programme", "Programme")
          .put("indicators", "Indicators")
          .put("latest", "latest")
          .put("target", "target")
          .put("no target", "no target stated")
          .put("no measurement", "no measurement yet")
          .put("posts", "Posts")
          .put("posts note", "Posts by location and origin")
          .put("of which", "of which")
          .put("not stated", "number not stated")
          .put("some", "some")
          .put("from", "from")
          .put("findings", "Findings")
          .put("no findings", "No findings.")
          .put("code", "Code")
          .put("severity", "Severity")
          .put("path", "Path")
          .put("message", "Message")
          .put("total", "total")
          .put("legend", "Legend")
          .put("history", "History")
          .put(
              "history note",
              "One row per commitment, phase or milestone and one column per report, coloured by the"
                  + " status that report gives it; blank where a report does not list it.")
          .put("moved dates", "Planned dates that moved")
          .put("recommendations", "Recommendations of oversight bodies")
          .put(
              "recommendations note",
              "Listed recommendations by source and implementation status; the dashed grey part is"
                  + " those whose status is not stated, left out of the implementation rate.")
          .put("implemented rate", "implemented")
          .put("status not stated", "status not stated")
          .put("stated counts", "Counts the report states")
          .put("every status", "every status")
          .put("recommendations unit", "recommendations")
          .put("actions unit", "actions")
          .put("relocations", "Relocated posts")
          .put(
              "relocations note",
              "Posts relocated into (right of the axis) and out of (left) each duty station, and"
                  + " the net.")
          .put("moved in", "moved in")
          .put("moved out", "moved out")
          .put("not listed", "not listed")
          .put("money", "Money")
          .put(
              "money note",
              "Spent against approved, per commitment (or the programme) and period; each row has"
                  + " its own scale, and amounts in different currencies are never compared.")
          .put(
              "no comparison",
              "The report states no approved budget and spending of one scope, period and"
                  + " currency.")
          .put("approved", "approved")
          .put("spent", "spent")
          .put("risks", "Risks")
          .put(
              "risks note",
              "Likelihood × impact on the report's own scales; a cell is marked high only where"
                  + " the scales say what is high.")
          .put("not rated", "not rated")
          .put("likelihood", "likelihood")
          .put("impact", "impact")
          .put("risk level 1", "low")
          .put("risk level 2", "medium")
          .put("risk level 3", "high")
          .buildOrThrow();

  private final boolean chinese;

  DashboardText(Locale locale) {
    this.chinese = "zh".equals(locale.getLanguage());
  }

  String languageTag() {
    return chinese ? "zh" : "en";
  }

  String get(String key) {
    String text = (chinese ? ZH : EN).get(key);
    if (text == null) {
      throw new IllegalArgumentException("no dashboard text for " + key);
    }
    return text;
  }

  /** The date in the page's language: "by 2015" or "2015 年底前"; the ISO form is kept in both. */
  String date(PartialDate date) {
    String plain = date.qualified(DateQualifier.ON).toString();
    return switch (date.qualifier()) {
      case BY -> chinese ? plain + " 或之前" : "by " + plain;
      case FROM -> chinese ? plain + " 起" : "from " + plain;
      case ABOUT -> chinese ? "约 " + plain : "about " + plain;
      case ON -> plain;
    };
  }

  /** A status the report may not state: its word, or "status not stated". */
  String status(Optional<Status> status) {
    return status.map(this::status).orElse(chinese ? "状态未说明" : "status not stated");
  }

  String status(Status status) {
    return switch (status) {
      case NOT_STARTED -> chinese ? "未开始" : "not started";
      case IN_PROGRESS -> chinese ? "进行中" : "in progress";
      case COMPLETED -> chinese ? "已完成" : "completed";
      case ON_HOLD -> chinese ? "暂停" : "on hold";
      case CANCELLED -> chinese ? "已取消" : "cancelled";
    };
  }

  String location(LocationKind kind) {
    return switch (kind) {
      case HEADQUARTERS -> chinese ? "总部" : "headquarters";
      case FIELD -> chinese ? "外地" : "field";
      case REGION -> chinese ? "地区" : "region";
      case FIELD_OFFICE -> chinese ? "外地办事处" : "field office";
    };
  }

  String origin(OriginKind kind) {
    return switch (kind) {
      case NEW -> chinese ? "新设" : "new";
      case TRANSFERRED -> chinese ? "转入" : "transferred";
      case REDEPLOYED -> chinese ? "调配" : "redeployed";
      case ABOLISHED -> chinese ? "撤销" : "abolished";
      case EXISTING -> chinese ? "现有" : "existing";
    };
  }

  String implementation(ImplementationStatus status) {
    return switch (status) {
      case NOT_STARTED -> chinese ? "尚未开始" : "not started";
      case IN_PROGRESS -> chinese ? "进行中" : "in progress";
      case IMPLEMENTED -> chinese ? "已执行" : "implemented";
      case CLOSED_WITHOUT_IMPLEMENTATION -> chinese ? "未执行即结案" : "closed without implementation";
      case SUPERSEDED -> chinese ? "已被取代" : "superseded";
    };
  }

  String severity(Severity severity) {
    return switch (severity) {
      case ERROR -> chinese ? "错误" : "error";
      case WARNING -> chinese ? "警告" : "warning";
      case INFO -> chinese ? "提示" : "info";
    };
  }
}
