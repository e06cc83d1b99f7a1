package org.reformkit.examples.who;

import java.time.LocalDate;
import org.reformkit.core.model.CommitmentId;
import org.reformkit.core.model.DocumentReference;
import org.reformkit.core.model.DocumentSymbol;
import org.reformkit.core.model.GoverningBodyDocument;
import org.reformkit.core.model.IndicatorId;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.Statement;
import org.reformkit.core.model.StatementId;
import org.reformkit.core.model.StatementKind;

/**
 * A second real report as data, from the WHO rather than the ILO: the Executive Board paper
 * EB138/5, "Overview of reform implementation", Report by the Secretariat to the Board's 138th
 * session, dated 15 January 2016, provisional agenda item 5.1.
 *
 * <p>Every fact comes from the paper's public text (a transcription at businessdocbox.com, see
 * {@link #SOURCE}), with the paragraph that states it. The copy this project could read gives the
 * header and paragraphs 1 to 4 only, so nothing after them is encoded. Where the paper does not
 * state a fact (a workstream's owner or objective, the previous report's symbol, any ILO-style
 * cover field), the value is absent. The English texts kept in the model are this project's short
 * summaries of the paper's sentences, not quotations, except the titles. The list of facts, with
 * their paragraphs, what is left not stated and the project's few readings, ships beside the JSON
 * as {@code who-2016-01.facts.txt}.
 *
 * <pre>{@code
 * ProgressReport report = WhoReform2016.january2016();
 * report.document().symbol();                     // EB138/5
 * report.programme().commitments().size();        // 4: three workstreams and the emergencies stream
 * }</pre>
 */
public final class WhoReform2016 {
  /** Where the public text was read. */
  public static final String SOURCE =
      "http://businessdocbox.com/Human_Resources/127293016-Overview-of-reform-implementation.html";

  /** The symbol of the paper. */
  public static final DocumentSymbol SYMBOL = DocumentSymbol.parse("EB138/5");

  /** The workstream "programmes and priority-setting" (paragraphs 1 and 3). */
  public static final CommitmentId PROGRAMMES = CommitmentId.of("programmes");

  /** The workstream "governance" (paragraphs 1 and 3). */
  public static final CommitmentId GOVERNANCE = CommitmentId.of("governance");

  /** The workstream "management" (paragraphs 1 and 3). */
  public static final CommitmentId MANAGEMENT = CommitmentId.of("management");

  /** The new stream: reform of WHO's work in outbreaks and health emergencies (paragraph 2). */
  public static final CommitmentId EMERGENCIES = CommitmentId.of("emergencies");

  /** The share of reform outputs that have reached the implementation stage (paragraph 4). */
  public static final IndicatorId OUTPUTS_IN_IMPLEMENTATION =
      IndicatorId.of("outputs-in-implementation");

  /** The paper's date, 15 January 2016, from its header. */
  static final PartialDate PAPER_DATE = PartialDate.ofDay(LocalDate.of(2016, 1, 15));

  private WhoReform2016() {}

  /**
   * Returns the paper EB138/5 as a progress report, as of its date, 15 January 2016.
   *
   * @return the report
   */
  public static ProgressReport january2016() {
    return ProgressReport.builder()
        .document(document())
        .asOf(PAPER_DATE)
        .previousReport(
            DocumentReference.builder()
                .title(en("The report to the Sixty-eighth World Health Assembly"))
                .addParagraph(1)
                .build())
        .programme(WhoProgramme.programme())
        .addStatement(
            statement(
                "scope",
                StatementKind.CONTEXT,
                "The paper gives the current status of the reform, reviews the three workstreams"
                    + " and reports on indicators of the reform objectives, with examples from"
                    + " several major offices.",
                1))
        .addStatement(
            statement(
                "emergency-response",
                StatementKind.CONTEXT,
                "WHO's response in severe, large-scale emergencies is reported in another paper.",
                2))
        .addStatement(
            statement(
                "unchanged-since-may",
                StatementKind.FINDING,
                "The share of reform outputs in the implementation stage has hardly changed since"
                    + " May 2015.",
                4))
        .addStatement(
            statement(
                "ebola-postponement",
                StatementKind.FINDING,
                "Work on several outputs was put off during WHO's response to the Ebola virus"
                    + " disease outbreak; it resumed in the second half of 2015 but those outputs"
                    + " are not yet in the implementation stage.",
                4))
        .build();
  }

  private static GoverningBodyDocument document() {
    // the header: organ, session, date, agenda item; no ILO cover block, none required of WHO
    return GoverningBodyDocument.builder()
        .symbol(SYMBOL)
        .organ(en("Executive Board"))
        .session("138th")
        .heading(en("Report by the Secretariat"))
        .title(en("Overview of reform implementation"))
        .agendaItem("5.1")
        .date(PAPER_DATE)
        .build();
  }

  static Statement statement(String id, StatementKind kind, String text, int paragraph) {
    return Statement.builder()
        .id(StatementId.of(id))
        .kind(kind)
        .text(en(text))
        .addParagraph(paragraph)
        .build();
  }

  static LocalizedText en(String text) {
    return LocalizedText.of("en", text);
  }
}
