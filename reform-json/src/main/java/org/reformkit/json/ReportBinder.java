package org.reformkit.json;

import org.reformkit.core.model.Contact;
import org.reformkit.core.model.Distribution;
import org.reformkit.core.model.DocumentCover;
import org.reformkit.core.model.DocumentReference;
import org.reformkit.core.model.Footnote;
import org.reformkit.core.model.GoverningBodyDocument;
import org.reformkit.core.model.ProgrammeId;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.RequestedAction;
import org.reformkit.core.model.Statement;
import org.reformkit.core.model.StatementId;
import org.reformkit.core.model.StatementKind;
import org.reformkit.core.model.Status;

/**
 * Binds the documents: a report, a programme, the governing-body document with its cover and
 * footnotes, references and statements, as they stream from the parser, calling the model's
 * builders. Each method starts on the first token of its value and leaves the parser on the last.
 * Internal.
 */
final class ReportBinder {
  private static final Words<StatementKind> STATEMENT_KIND_WORDS = Words.of(StatementKind.class);
  private static final Words<Status> STATUS_WORDS = Words.of(Status.class);
  private static final Words<Distribution> DISTRIBUTION_WORDS = Words.of(Distribution.class);
  private static final Words<RequestedAction> ACTION_WORDS = Words.of(RequestedAction.class);

  private ReportBinder() {}

  static ProgressReport report(Reading r) {
    Parsing.Obj o = r.begin(Formats.REPORT_ROOT);
    ProgressReport.Builder b = ProgressReport.builder();
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case Names.DOCUMENT -> b.document(governingBodyDocument(r));
        case Names.AS_OF -> b.asOf(r.partialDate());
        case Names.PREVIOUS_REPORT -> b.previousReport(documentReference(r));
        case Names.PROGRAMME -> b.programme(programme(r, false));
        case Names.STATEMENTS -> r.each(b::addStatement, () -> statement(r));
        case Names.RECONSTRUCTED -> b.reconstructed(r.bool());
        case Names.RECONSTRUCTION_NOTE -> b.reconstructionNote(r.text());
        default -> o.unknown(name);
      }
    }
    return o.build(b::build);
  }

  static ReformProgramme programme(Reading r, boolean root) {
    Parsing.Obj o = r.begin(root ? Formats.PROGRAMME_ROOT : Formats.PROGRAMME);
    ReformProgramme.Builder b = ReformProgramme.builder();
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case Names.ID -> b.id(r.id(ProgrammeId::of));
        case Names.NAME -> b.name(r.text());
        case Names.ORGANIZATION -> b.organization(r.text());
        case Names.OWNER -> b.owner(r.orgUnit());
        case Names.LAUNCHED -> b.launched(r.partialDate());
        case Names.STATUS -> b.status(r.enumValue(STATUS_WORDS, "programme status"));
        case Names.COMMITMENTS -> r.each(b::addCommitment, () -> CommitmentBinder.commitment(r));
        case Names.POST_LINES -> r.each(b::addPostLine, () -> PostBinder.postLine(r));
        case Names.POSTS -> r.each(b::addPost, () -> PostBinder.post(r));
        case Names.POST_TOTALS -> r.each(b::addPostTotal, () -> PostBinder.postTotal(r));
        case Names.FINANCES -> b.finances(MoneyBinder.finances(r));
        case Names.RISKS -> r.each(b::addRisk, () -> MoneyBinder.risk(r));
        case Names.INDICATORS -> r.each(b::addIndicator, () -> IndicatorBinder.indicator(r));
        case Names.MONITORING_FRAMEWORK ->
            b.monitoringFramework(IndicatorBinder.monitoringFramework(r));
        case Names.ENGAGEMENTS -> r.each(b::addEngagement, () -> EngagementBinder.engagement(r));
        case Names.EXTERNAL_SUPPORT ->
            r.each(b::addExternalSupport, () -> EngagementBinder.externalSupport(r));
        case Names.POLICIES -> r.each(b::addPolicy, () -> EngagementBinder.policy(r));
        case Names.COMMITTEES -> r.each(b::addCommittee, () -> EngagementBinder.committee(r));
        case Names.RECOMMENDATIONS -> b.recommendations(RecommendationBinder.recommendations(r));
        case Names.STATEMENTS -> r.each(b::addStatement, () -> statement(r));
        case Names.PARAGRAPHS -> r.each(b::addParagraph, r::paragraph);
        default -> o.unknown(name);
      }
    }
    return o.build(b::build);
  }

  static GoverningBodyDocument governingBodyDocument(Reading r) {
    Parsing.Obj o = r.begin(Formats.DOCUMENT);
    GoverningBodyDocument.Builder b = GoverningBodyDocument.builder();
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case Names.SYMBOL -> b.symbol(r.symbol());
        case Names.TITLE -> b.title(r.text());
        case Names.HEADING -> b.heading(r.text());
        case Names.ORGAN -> b.organ(r.text());
        case Names.SESSION -> b.session(r.string());
        case Names.AGENDA_ITEM -> b.agendaItem(r.string());
        case Names.SECTION_NAME -> b.sectionName(r.text());
        case Names.SESSION_PLACE -> b.sessionPlace(r.text());
        case Names.SESSION_DATES -> b.sessionDates(r.period());
        case Names.DATE -> b.date(r.partialDate());
        case Names.DISTRIBUTION -> b.distribution(r.enumValue(DISTRIBUTION_WORDS, "distribution"));
        case Names.ORIGINAL_LANGUAGE -> b.originalLanguage(r.string());
        case Names.ACTIONS_REQUESTED ->
            r.eachOnce(
                b::addActionsRequested, () -> r.enumValue(ACTION_WORDS, "requested action"), name);
        case Names.CONTACTS -> r.each(b::addContact, () -> contact(r));
        case Names.COVER -> b.cover(cover(r));
        case Names.FOOTNOTES -> r.each(b::addFootnote, () -> footnote(r));
        default -> o.unknown(name);
      }
    }
    return o.build(b::build);
  }

  static Contact contact(Reading r) {
    Parsing.Obj o = r.begin(Formats.CONTACT);
    Contact.Builder b = Contact.builder();
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case Names.NAME -> b.name(r.string());
        case Names.ROLE -> b.role(r.text());
        case Names.UNIT -> b.unit(r.orgUnit());
        case Names.PURPOSE -> b.purpose(r.text());
        case Names.EMAIL -> b.email(r.string());
        default -> o.unknown(name);
      }
    }
    return o.build(b::build);
  }

  static DocumentCover cover(Reading r) {
    Parsing.Obj o = r.begin(Formats.COVER);
    DocumentCover.Builder b = DocumentCover.builder();
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case Names.PURPOSE -> b.purpose(r.text());
        case Names.STRATEGIC_OBJECTIVE -> b.strategicObjective(r.text());
        case Names.MAIN_OUTCOME -> b.mainOutcome(r.text());
        case Names.POLICY_IMPLICATIONS -> b.policyImplications(r.text());
        case Names.LEGAL_IMPLICATIONS -> b.legalImplications(r.text());
        case Names.FINANCIAL_IMPLICATIONS -> b.financialImplications(r.text());
        case Names.FOLLOW_UP_ACTION -> b.followUpAction(r.text());
        case Names.AUTHOR_UNIT -> b.authorUnit(r.orgUnit());
        case Names.RELATED_DOCUMENTS -> r.each(b::addRelatedDocument, () -> documentReference(r));
        default -> o.unknown(name);
      }
    }
    return o.build(b::build);
  }

  static Footnote footnote(Reading r) {
    Parsing.Obj o = r.begin(Formats.FOOTNOTE);
    Footnote.Builder b = Footnote.builder();
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case Names.NUMBER -> b.number(r.positive("a footnote number"));
        case Names.TEXT -> b.text(r.text());
        case Names.PARAGRAPH -> b.paragraph(r.positive("a footnote paragraph"));
        case Names.REFERENCES -> r.each(b::addReference, () -> documentReference(r));
        default -> o.unknown(name);
      }
    }
    return o.build(b::build);
  }

  static DocumentReference documentReference(Reading r) {
    Parsing.Obj o = r.begin(Formats.REFERENCE);
    DocumentReference.Builder b = DocumentReference.builder();
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case Names.SYMBOL -> b.symbol(r.symbol());
        case Names.TITLE -> b.title(r.text());
        case Names.DATE -> b.date(r.partialDate());
        case Names.PARAGRAPHS -> r.each(b::addParagraph, r::paragraph);
        default -> o.unknown(name);
      }
    }
    return o.build(b::build);
  }

  static Statement statement(Reading r) {
    Parsing.Obj o = r.begin(Formats.STATEMENT);
    Statement.Builder b = Statement.builder();
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case Names.ID -> b.id(r.id(StatementId::of));
        case Names.KIND -> b.kind(r.enumValue(STATEMENT_KIND_WORDS, "statement kind"));
        case Names.TEXT -> b.text(r.text());
        case Names.REFERENCES -> r.each(b::addReference, () -> documentReference(r));
        case Names.PARAGRAPHS -> r.each(b::addParagraph, r::paragraph);
        default -> o.unknown(name);
      }
    }
    return o.build(b::build);
  }
}
