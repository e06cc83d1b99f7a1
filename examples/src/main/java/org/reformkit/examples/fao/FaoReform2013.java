package org.reformkit.examples.fao;

import org.reformkit.core.model.DatePeriod;
import org.reformkit.core.model.DocumentReference;
import org.reformkit.core.model.DocumentSymbol;
import org.reformkit.core.model.GoverningBodyDocument;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.ProgrammeId;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.RecommendationTotal;
import org.reformkit.core.model.RecommendationTotalId;
import org.reformkit.core.model.Recommendations;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.Statement;
import org.reformkit.core.model.StatementId;
import org.reformkit.core.model.StatementKind;
import org.reformkit.core.model.Status;

/**
 * A report that answers an oversight body, as data: the FAO Conference paper C 2013/26/ES, "Final
 * Management Report on Immediate Plan of Action Implementation and the FAO Reform Process -
 * Executive Summary", dated March 2013, for the Conference's Thirty-eighth Session (Rome, June
 * 2013).
 *
 * <p>Every fact comes from the paper's public text (a transcription, see {@link #SOURCE}), with its
 * paragraph. The copy this project could read gives the cover lines and paragraphs 1 and 2 only:
 * the reform programme (the Immediate Plan of Action, started in 2009 and finished), its origin in
 * the Independent External Evaluation (IEE) launched by the FAO Council in November 2005, and the
 * size of the IEE's report, 109 recommendations with 330 actions. That count is kept as a stated
 * total of recommendations of that source, with no recommendation listed and no acceptance or
 * implementation status, because the text read states none. The year in which implementation
 * finished is missing from the transcription, so the programme has no end date. The list of facts
 * ships beside the JSON as {@code fao-2013-03.facts.txt}.
 *
 * <pre>{@code
 * ProgressReport report = FaoReform2013.march2013();
 * report.programme().recommendations().totals().get(0).count();    // Optional[109]
 * report.programme().recommendations().totals().get(0).actions();  // Optional[330]
 * }</pre>
 */
public final class FaoReform2013 {
  /** Where the public text was read. */
  public static final String SOURCE =
      "https://businessdocbox.com/Human_Resources/93970391-March-food-and-agricultura-"
          + "organization-of-the-united-nations-thirty-eighth-session-rome-june-2013.html";

  /** The symbol of the paper. */
  public static final DocumentSymbol SYMBOL = DocumentSymbol.parse("C 2013/26/ES");

  /** The stated count of the IEE's recommendations and actions (paragraph 2). */
  public static final RecommendationTotalId IEE_RECOMMENDATIONS =
      RecommendationTotalId.of("iee-recommendations");

  /** The paper's date, March 2013 (its cover gives the month only). */
  static final PartialDate PAPER_DATE = PartialDate.parse("2013-03");

  private FaoReform2013() {}

  /**
   * Returns the paper C 2013/26/ES as a progress report, as of its date, March 2013.
   *
   * @return the report
   */
  public static ProgressReport march2013() {
    return ProgressReport.builder()
        .document(document())
        .asOf(PAPER_DATE)
        .programme(programme())
        .addStatement(
            statement(
                "synopsis",
                StatementKind.CONTEXT,
                "The report sums up the FAO reform: its history, the progress of the IPA, the"
                    + " reform's impact, and how ongoing work is being mainstreamed.",
                1))
        .build();
  }

  /** The Independent External Evaluation's report, as paragraph 2 names it (no symbol, no date). */
  static DocumentReference ieeReport() {
    return DocumentReference.builder()
        .title(en("Report of the Independent External Evaluation (IEE) of FAO"))
        .addParagraph(2)
        .build();
  }

  private static ReformProgramme programme() {
    return ReformProgramme.builder()
        .id(ProgrammeId.of("fao-ipa"))
        .name(en("Immediate Plan of Action for FAO Renewal (IPA)"))
        .organization(en("Food and Agriculture Organization of the United Nations"))
        // "Implementation of the IPA started in 2009" (paragraph 1)
        .launched(PartialDate.ofYear(2009))
        // "... and finished in December [year missing from the transcription]" (paragraph 1)
        .status(Status.COMPLETED)
        .addParagraphs(1, 2)
        .recommendations(
            Recommendations.builder()
                .addTotal(
                    RecommendationTotal.builder()
                        .id(IEE_RECOMMENDATIONS)
                        .source(ieeReport())
                        .count(109)
                        .actions(330)
                        .description(
                            en("The IEE's report: 109 recommendations with 330 actionable parts"))
                        .addParagraph(2)
                        .build())
                .build())
        .addStatement(
            statement(
                "origin",
                StatementKind.CONTEXT,
                "The reform began in November 2005, when the FAO Council launched an independent"
                    + " external evaluation of the Organization.",
                2))
        .build();
  }

  private static GoverningBodyDocument document() {
    return GoverningBodyDocument.builder()
        .symbol(SYMBOL)
        .organ(en("Conference"))
        .session("38th")
        .sessionPlace(en("Rome"))
        .sessionDates(DatePeriod.within(PartialDate.parse("2013-06")))
        .title(
            en(
                "Final Management Report on Immediate Plan of Action Implementation and the FAO"
                    + " Reform Process - Executive Summary"))
        .date(PAPER_DATE)
        .build();
  }

  private static Statement statement(String id, StatementKind kind, String text, int paragraph) {
    return Statement.builder()
        .id(StatementId.of(id))
        .kind(kind)
        .text(en(text))
        .addParagraph(paragraph)
        .build();
  }

  private static LocalizedText en(String text) {
    return LocalizedText.of("en", text);
  }
}
