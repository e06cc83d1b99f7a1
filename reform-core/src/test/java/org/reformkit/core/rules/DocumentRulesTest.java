package org.reformkit.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.reformkit.core.rules.Fixtures.CONTEXT;
import static org.reformkit.core.rules.Fixtures.codesAndPaths;
import static org.reformkit.core.rules.Fixtures.date;
import static org.reformkit.core.rules.Fixtures.document;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reformkit.core.model.DocumentCover;
import org.reformkit.core.model.DocumentReference;
import org.reformkit.core.model.DocumentSymbol;
import org.reformkit.core.model.Footnote;
import org.reformkit.core.model.GoverningBodyDocument;

class DocumentRulesTest {

  private static ValidationResult one(String code, GoverningBodyDocument document) {
    return RuleSet.standard().only(code).validate(document, CONTEXT);
  }

  private static GoverningBodyDocument relating(String... symbols) {
    GoverningBodyDocument document = document();
    DocumentReference[] references = new DocumentReference[symbols.length];
    for (int i = 0; i < symbols.length; i++) {
      references[i] = DocumentReference.of(DocumentSymbol.parse(symbols[i]));
    }
    return document.withCover(document.cover().withRelatedDocuments(references));
  }

  @Test
  void relatedSymbolWithoutAgendaItemIsReported() {
    ValidationResult result = one("DOCUMENT_SYMBOL_FORM", relating("GB.320/PFA/13", "GB.322/INS"));

    assertThat(codesAndPaths(result))
        .containsExactly(tuple("DOCUMENT_SYMBOL_FORM", "document.cover.relatedDocuments[1]"));
  }

  @Test
  void unknownSuffixIsReported() {
    ValidationResult result = one("DOCUMENT_SYMBOL_FORM", relating("GB.304/PFA/2(Xyz.)"));

    assertThat(codesAndPaths(result))
        .containsExactly(tuple("DOCUMENT_SYMBOL_FORM", "document.cover.relatedDocuments[0]"));
    assertThat(result.findings().get(0).messageKey()).isEqualTo("DOCUMENT_SYMBOL_FORM.suffix");
  }

  @Test
  void minutesAddendaAndRevisionsAreWellFormed() {
    assertThat(
            one(
                    "DOCUMENT_SYMBOL_FORM",
                    relating(
                        "GB.331/PV",
                        "GB.325/INS/2(Add.1)",
                        "GB.326/INS/12(Add.)",
                        "GB.304/PFA/2(Rev.)",
                        "GB.323/WP/GBC/2"))
                .findings())
        .isEmpty();
  }

  @Test
  void agendaItemDisagreeingWithTheSymbolIsReported() {
    ValidationResult result = one("DOCUMENT_AGENDA_ITEM", document().withAgendaItem("14"));

    assertThat(codesAndPaths(result))
        .containsExactly(tuple("DOCUMENT_AGENDA_ITEM", "document.agendaItem"));
  }

  @Test
  void agendaItemAgreeingWithTheSymbolOrAbsentIsNotReported() {
    assertThat(one("DOCUMENT_AGENDA_ITEM", document()).findings()).isEmpty();
    assertThat(one("DOCUMENT_AGENDA_ITEM", document().withAgendaItem(Optional.empty())).findings())
        .isEmpty();
  }

  @Test
  void relatedDocumentFromALaterSessionIsReported() {
    ValidationResult result =
        one("DOCUMENT_RELATED_SESSION", relating("GB.320/PFA/13", "GB.326/INS/3"));

    assertThat(codesAndPaths(result))
        .containsExactly(tuple("DOCUMENT_RELATED_SESSION", "document.cover.relatedDocuments[1]"));
  }

  @Test
  void footnoteCitingALaterSessionIsReported() {
    GoverningBodyDocument document =
        document()
            .withFootnotes(
                Footnote.builder()
                    .number(1)
                    .text(Fixtures.text("Later paper"))
                    .addReference(DocumentReference.of(DocumentSymbol.parse("GB.326/POL/1")))
                    .build());

    assertThat(codesAndPaths(one("DOCUMENT_RELATED_SESSION", document)))
        .containsExactly(tuple("DOCUMENT_RELATED_SESSION", "document.footnotes[1].references[0]"));
  }

  @Test
  void documentsOfTheSameOrEarlierSessionsOrOtherBodiesAreNotReported() {
    assertThat(one("DOCUMENT_RELATED_SESSION", document()).findings()).isEmpty();
    assertThat(one("DOCUMENT_RELATED_SESSION", relating("ILC.104/DG/1")).findings()).isEmpty();
  }

  @Test
  void missingCoverFieldIsReportedAtItsPath() {
    GoverningBodyDocument document =
        document().withCover(document().cover().withLegalImplications(Optional.empty()));

    ValidationResult result = one("DOCUMENT_COVER_FIELDS", document);

    assertThat(codesAndPaths(result))
        .containsExactly(tuple("DOCUMENT_COVER_FIELDS", "document.cover.legalImplications"));
    assertThat(result.findings().get(0).message())
        .isEqualTo("The cover does not state the legal implications");
  }

  @Test
  void mainOutcomeIsRequiredOnlyFrom2017() {
    assertThat(one("DOCUMENT_COVER_FIELDS", document()).findings()).isEmpty();
    assertThat(codesAndPaths(one("DOCUMENT_COVER_FIELDS", document().withDate(date("2017-10")))))
        .containsExactly(tuple("DOCUMENT_COVER_FIELDS", "document.cover.mainOutcome"));
  }

  @Test
  void footnotesOutOfStepAreReported() {
    GoverningBodyDocument document = document();
    document = document.withFootnotes(document.footnotes().get(1), document.footnotes().get(0));

    assertThat(codesAndPaths(one("DOCUMENT_FOOTNOTE_ORDER", document)))
        .containsExactly(tuple("DOCUMENT_FOOTNOTE_ORDER", "document.footnotes[2]"));
  }

  @Test
  void footnotesNumberedInOrderAreNotReported() {
    assertThat(one("DOCUMENT_FOOTNOTE_ORDER", document()).findings()).isEmpty();
  }

  @Test
  void everyMissingCoverFieldIsReportedAtItsOwnPathInOrder() {
    GoverningBodyDocument document =
        document().withDate(date("2017-10")).withCover(DocumentCover.builder().build());

    assertThat(codesAndPaths(one("DOCUMENT_COVER_FIELDS", document)))
        .containsExactly(
            tuple("DOCUMENT_COVER_FIELDS", "document.cover.purpose"),
            tuple("DOCUMENT_COVER_FIELDS", "document.cover.strategicObjective"),
            tuple("DOCUMENT_COVER_FIELDS", "document.cover.mainOutcome"),
            tuple("DOCUMENT_COVER_FIELDS", "document.cover.policyImplications"),
            tuple("DOCUMENT_COVER_FIELDS", "document.cover.legalImplications"),
            tuple("DOCUMENT_COVER_FIELDS", "document.cover.financialImplications"),
            tuple("DOCUMENT_COVER_FIELDS", "document.cover.followUpAction"),
            tuple("DOCUMENT_COVER_FIELDS", "document.cover.authorUnit"));
  }

  @Test
  void mainOutcomeIsRequiredFromTheSessionOf2017WhenTheDocumentIsUndated() {
    GoverningBodyDocument undated = document().withDate(java.util.Optional.empty());

    assertThat(
            codesAndPaths(
                one(
                    "DOCUMENT_COVER_FIELDS",
                    undated.withSessionDates(
                        org.reformkit.core.model.DatePeriod.between(
                            date("2017-03-09"), date("2017-03-25"))))))
        .containsExactly(tuple("DOCUMENT_COVER_FIELDS", "document.cover.mainOutcome"));
    assertThat(
            one(
                    "DOCUMENT_COVER_FIELDS",
                    undated.withSessionDates(
                        org.reformkit.core.model.DatePeriod.between(
                            date("2016-11-01"), date("2016-11-12"))))
                .findings())
        .isEmpty();
    assertThat(one("DOCUMENT_COVER_FIELDS", document().withDate(date("2016-12"))).findings())
        .isEmpty();
  }

  @Test
  void firstFootnoteOutOfStepIsTheOnlyOneReported() {
    GoverningBodyDocument document = document();
    Footnote first = document.footnotes().get(0);
    document = document.withFootnotes(first, first.withNumber(3), first.withNumber(5));

    ValidationResult result = one("DOCUMENT_FOOTNOTE_ORDER", document);
    assertThat(codesAndPaths(result))
        .containsExactly(tuple("DOCUMENT_FOOTNOTE_ORDER", "document.footnotes[3]"));
    assertThat(result.findings().get(0).values())
        .containsEntry("number", 3)
        .containsEntry("expected", 2);
  }

  private static GoverningBodyDocument withSymbol(String symbol, String... related) {
    return relating(related).withSymbol(DocumentSymbol.parse(symbol));
  }

  @Test
  void aSymbolOfNoKnownFormIsReportedOnceWhereverItIs() {
    GoverningBodyDocument document =
        withSymbol("UNW/2019/3", "GB.320/PFA/13", "ECE/EX/2(Xyz.)")
            .withFootnotes(
                Footnote.builder()
                    .number(1)
                    .text(Fixtures.text("A paper of another body"))
                    .addReference(DocumentReference.of(DocumentSymbol.parse("UNW/2018/1")))
                    .build());

    ValidationResult result = one("DOCUMENT_SYMBOL_FORM", document);

    assertThat(codesAndPaths(result))
        .containsExactly(
            tuple("DOCUMENT_SYMBOL_FORM", "document.symbol"),
            tuple("DOCUMENT_SYMBOL_FORM", "document.cover.relatedDocuments[1]"),
            tuple("DOCUMENT_SYMBOL_FORM", "document.footnotes[1].references[0]"));
    assertThat(result.findings())
        .allSatisfy(f -> assertThat(f.messageKey()).isEqualTo("DOCUMENT_SYMBOL_FORM.unrecognised"));
    assertThat(result.findings().get(1).message())
        .isEqualTo(
            "Symbol ECE/EX/2(Xyz.) is not of a known form; it is kept as written and its parts are"
                + " not checked");
  }

  @Test
  void symbolsOfEveryKnownFamilyAreWellFormedWithoutAnAgendaItem() {
    assertThat(
            one(
                    "DOCUMENT_SYMBOL_FORM",
                    relating(
                        "GB.310/9/1",
                        "GB.303/9/2",
                        "GB.325/PV",
                        "GB.341/INS/3/1(Rev.1)",
                        "A/70/1",
                        "A/RES/70/1",
                        "E/2016/9",
                        "EB138/5",
                        "A69/4",
                        "WHA69.1",
                        "EB 2018/125/R.2",
                        "GC 41/L.5",
                        "C 2013/26",
                        "CL 148/3",
                        "C 2013/26/ES",
                        "C 2013/26/ES Rev.1",
                        "JIU/REP/2006/7",
                        "JIU/ML/2016/22",
                        "DP/2017/39",
                        "A/70/1/Add.1/Rev.1"))
                .findings())
        .isEmpty();
  }

  @Test
  void anIloSymbolWithoutAnItemIsReportedButNotItsMinutes() {
    ValidationResult result =
        one("DOCUMENT_SYMBOL_FORM", relating("GB.331/PV", "GB.322/INS", "GB.322/PV/INS"));

    assertThat(codesAndPaths(result))
        .containsExactly(
            tuple("DOCUMENT_SYMBOL_FORM", "document.cover.relatedDocuments[1]"),
            tuple("DOCUMENT_SYMBOL_FORM", "document.cover.relatedDocuments[2]"));
    assertThat(result.findings())
        .allSatisfy(f -> assertThat(f.messageKey()).isEqualTo("DOCUMENT_SYMBOL_FORM.item"));
  }

  @Test
  void theAgendaItemIsComparedWithAnIloSymbolOfEitherEra() {
    GoverningBodyDocument older = withSymbol("GB.310/9/1").withAgendaItem("9");
    assertThat(one("DOCUMENT_AGENDA_ITEM", older).findings()).isEmpty();
    assertThat(codesAndPaths(one("DOCUMENT_AGENDA_ITEM", older.withAgendaItem("8"))))
        .containsExactly(tuple("DOCUMENT_AGENDA_ITEM", "document.agendaItem"));
  }

  @Test
  void theAgendaItemIsNotComparedWithADocumentNumberNorAnUnrecognisedSymbol() {
    for (String symbol : new String[] {"EB138/5", "A/70/1", "EB 2018/125/R.2", "UNW/2019/3"}) {
      GoverningBodyDocument document = withSymbol(symbol).withAgendaItem("3(a)");
      assertThat(one("DOCUMENT_AGENDA_ITEM", document).findings()).as(symbol).isEmpty();
    }
  }

  @Test
  void aLaterSessionIsReportedWithinOneFamilyAndOrgan() {
    ValidationResult who =
        one("DOCUMENT_RELATED_SESSION", withSymbol("EB138/5", "EB137/1", "EB139/2"));
    assertThat(codesAndPaths(who))
        .containsExactly(tuple("DOCUMENT_RELATED_SESSION", "document.cover.relatedDocuments[1]"));
    assertThat(who.findings().get(0).message())
        .isEqualTo("Document EB139/2 is from session 139, later than this document (session 138)");

    ValidationResult older = one("DOCUMENT_RELATED_SESSION", relating("GB.310/9/1", "GB.330/9/1"));
    assertThat(codesAndPaths(older))
        .containsExactly(tuple("DOCUMENT_RELATED_SESSION", "document.cover.relatedDocuments[1]"));
  }

  @Test
  void sessionsAreNotComparedAcrossFamiliesOrgansOrWithoutASession() {
    assertThat(
            one(
                    "DOCUMENT_RELATED_SESSION",
                    withSymbol("EB138/5", "A70/4", "WHA70.1", "GB.400/INS/1", "UNW/999/1"))
                .findings())
        .isEmpty();
    assertThat(
            one("DOCUMENT_RELATED_SESSION", withSymbol("E/2016/9", "E/2017/1", "A/RES/99/1"))
                .findings())
        .isEmpty();
    assertThat(
            one("DOCUMENT_RELATED_SESSION", withSymbol("UNW/2019/3", "UNW/2020/1", "GB.400/INS/1"))
                .findings())
        .isEmpty();
    assertThat(
            one("DOCUMENT_RELATED_SESSION", relating("A/RES/999/1", "EB999/1", "CL 999/1"))
                .findings())
        .isEmpty();
  }
}
