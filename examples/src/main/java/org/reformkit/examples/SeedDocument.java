package org.reformkit.examples;

import static org.reformkit.examples.SeedReport.DDG_MR;
import static org.reformkit.examples.SeedReport.SYMBOL;
import static org.reformkit.examples.SeedReport.text;

import com.google.common.collect.ImmutableList;
import org.reformkit.core.model.DatePeriod;
import org.reformkit.core.model.DocumentCover;
import org.reformkit.core.model.DocumentReference;
import org.reformkit.core.model.DocumentSymbol;
import org.reformkit.core.model.Footnote;
import org.reformkit.core.model.GoverningBodyDocument;
import org.reformkit.core.model.PartialDate;

/**
 * Builds the document part of the seed report ({@link SeedReport}): the Governing Body document
 * with its symbol, title, cover page (purpose, implications, author unit, related documents) and
 * footnotes.
 */
final class SeedDocument {
  private SeedDocument() {}

  static GoverningBodyDocument document() {
    return GoverningBodyDocument.builder()
        .symbol(SYMBOL)
        .heading(text("局长报告", "Report of the Director-General"))
        .title(
            text("第一份补充报告：内部改革的最新情况", "First supplementary report: Update on the internal reform"))
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
}
