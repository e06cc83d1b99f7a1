package org.reformkit.examples.aps;

import org.reformkit.core.model.DocumentSymbol;
import org.reformkit.core.model.GoverningBodyDocument;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.OrgUnit;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.ProgrammeId;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.Risk;
import org.reformkit.core.model.RiskId;
import org.reformkit.core.model.RiskStatus;
import org.reformkit.core.model.Statement;
import org.reformkit.core.model.StatementId;
import org.reformkit.core.model.StatementKind;
import org.reformkit.core.model.Status;

/**
 * A reform report with a risk section, as data: "Australian Public Service Reform: Annual progress
 * report 2023", the first annual progress report on the Australian Government's APS Reform agenda,
 * published as web pages (see {@link #EXECUTIVE_SUMMARY} and {@link #SECTION_FOUR}).
 *
 * <p>Every fact comes from the report's public text, with its paragraph. The report's pages do not
 * number their paragraphs, so this project numbers the paragraphs it could read in the report's
 * order: paragraphs 1 to 5 are those of the executive summary (the fifth breaks off in the copy
 * read) and paragraphs 6 to 9 those of Section Four, on the programme's risks (the ninth breaks off
 * too). The sections in between were not read and nothing of them is encoded. The list of facts,
 * with that numbering and what is left not stated, ships beside the JSON as {@code
 * aps-2023.facts.txt}.
 *
 * <p>Section Four states one risk theme in full, the capacity of the APS to absorb reform, with its
 * mitigation (five strategies for agencies, the fifth cut off in the copy read). It rates neither
 * its likelihood nor its impact, names no owner of that risk, no date and no category, and ties it
 * to no single initiative: the risk is kept with all of those empty (not stated), threatening the
 * programme as a whole, and open, since the programme "is managing" it (paragraph 6).
 *
 * <p>The report has no document symbol, and the model's document needs one: the report's name as
 * its publisher uses it, "APS Reform Annual Progress Report 2023", stands in its place. It is of no
 * known symbol family, and the standard rules say so ({@code DOCUMENT_SYMBOL_FORM}).
 *
 * <pre>{@code
 * ProgressReport report = ApsReform2023.report();
 * Risk risk = report.programme().risks().get(0);
 * risk.likelihood();                // Optional.empty: not rated in the report
 * risk.isHighLikelihoodAndImpact(); // Optional.empty: never guessed
 * }</pre>
 */
public final class ApsReform2023 {
  /** Where the executive summary (paragraphs 1 to 5 here) was read. */
  public static final String EXECUTIVE_SUMMARY =
      "https://apsreform.gov.au/resources/reports/"
          + "australian-public-service-reform-annual-progress-report-2023/executive-summary";

  /** Where Section Four, on the programme's risks (paragraphs 6 to 9 here), was read. */
  public static final String SECTION_FOUR =
      "https://apsreform.gov.au/resources/reports/"
          + "australian-public-service-reform-annual-progress-report-2023/section-four-program";

  /**
   * The name that stands in for the document symbol the report does not have: how its publisher
   * names the series ("APS Reform Annual Progress Reports") with the year of this one.
   */
  public static final DocumentSymbol SYMBOL =
      DocumentSymbol.parse("APS Reform Annual Progress Report 2023");

  /** The risk theme "Capacity of the APS to absorb reform" (paragraphs 8 and 9). */
  public static final RiskId ABSORB_REFORM = RiskId.of("absorb-reform");

  /** The year of the report, the only date its title and the pages read give. */
  static final PartialDate YEAR = PartialDate.ofYear(2023);

  private ApsReform2023() {}

  /**
   * Returns the report, as of its year, 2023.
   *
   * @return the report
   */
  public static ProgressReport report() {
    return ProgressReport.builder()
        .document(document())
        .asOf(YEAR)
        .programme(programme())
        .addStatement(
            statement(
                "first-report",
                StatementKind.CONTEXT,
                "The first progress report on APS Reform: how the APS goes about its multi-year"
                    + " transformation, where reform activities stand and what they have achieved,"
                    + " which main risks must be managed, and how this work prepares later reform.",
                1))
        .build();
  }

  private static ReformProgramme programme() {
    return ReformProgramme.builder()
        .id(ProgrammeId.of("aps-reform"))
        .name(en("APS Reform"))
        .organization(en("Australian Public Service"))
        // "Overseen and led by Secretaries Board" (paragraph 4)
        .owner(OrgUnit.named(en("Secretaries Board")))
        // the Government announced the agenda in October 2022 (paragraph 2), read as its launch
        .launched(PartialDate.parse("2022-10"))
        // its first phase is under way (paragraph 4); the programme "is managing" the risks that
        // emerged in its first year (paragraphs 6 and 7)
        .status(Status.IN_PROGRESS)
        .addParagraphs(2, 3, 4, 6, 7)
        .addRisk(absorbReform())
        .addStatement(
            statement(
                "pillars-and-outcomes",
                StatementKind.CONTEXT,
                "The agenda rests on four priority pillars and eight outcomes that measure"
                    + " progress; it aims to reach the whole APS workforce of 170,000 in 189"
                    + " Commonwealth public sector entities.",
                3))
        .addStatement(
            statement(
                "first-phase",
                StatementKind.CONTEXT,
                "The first phase has 44 initiatives meant to deliver the eight outcomes; 12"
                    + " departments and agencies are responsible for developing and implementing"
                    + " them.",
                4))
        .addStatement(
            statement(
                "risk-management",
                StatementKind.CONTEXT,
                "The APS Reform Office identifies and mitigates delivery risks with project"
                    + " teams; Section Four gives the common overarching risks that project teams"
                    + " reported in the first year.",
                7))
        .addStatement(
            statement(
                "sequencing",
                StatementKind.PLAN,
                "Reform efforts are prioritised, staged and sequenced across the programme to"
                    + " keep down the combined effect of these risks.",
                7))
        .build();
  }

  private static Risk absorbReform() {
    return Risk.builder()
        .id(ABSORB_REFORM)
        .description(
            en(
                "Capacity of the APS to absorb reform: agencies' shifting or rival priorities"
                    + " may leave too little room for the reforms, more so where staff do not see"
                    + " what an initiative means for their job or where it brings much extra work;"
                    + " some staff may tire of constant change (\"change fatigue\")."))
        // five strategies for agencies; the fifth breaks off in the copy read (paragraph 9)
        .mitigation(
            en(
                "Five strategies for agencies: test early findings with senior decision-makers;"
                    + " design and implement initiatives with other agencies and stakeholders;"
                    + " plan the workforce for the added work of full-scale implementation; assess"
                    + " implementation readiness early; show the benefit of reform in delivery and"
                    + " communications."))
        // the programme "is managing" these risks (paragraph 6)
        .status(RiskStatus.OPEN)
        // no likelihood, impact, trend, owner, date identified, category or commitment: none
        // stated
        .addParagraphs(6, 7, 8, 9)
        .build();
  }

  private static GoverningBodyDocument document() {
    return GoverningBodyDocument.builder()
        .symbol(SYMBOL)
        .title(en("Australian Public Service Reform: Annual progress report 2023"))
        // no organ, session, date, distribution or contact: the pages read state none
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
