package org.reformkit.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reformkit.core.model.LocationKind;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.Relocation;

/**
 * One mistake in the sheets of money, risks, recommendations, duty stations and relocations is one
 * problem, at its cell, in words.
 */
class NewElementMistakesTest {
  private static Arguments mistake(String problem, UnaryOperator<Workbook> change) {
    return Arguments.of(problem, change);
  }

  private static Workbook line(Workbook w, String kind, String amount) {
    return w.set("FinancialLines", 2, "id", "f1")
        .set("FinancialLines", 2, "description.en", "Approved budget")
        .set("FinancialLines", 2, "kind", kind)
        .set("FinancialLines", 2, "amount", amount);
  }

  private static Workbook risk(Workbook w, String column, String text) {
    return w.set("Risks", 2, "id", "r1")
        .set("Risks", 2, "description.en", "Staff resist")
        .set("Risks", 2, column, text);
  }

  private static Workbook recommendation(Workbook w, int row, String column, String text) {
    return w.set("Recommendations", row, "id", "r1")
        .set("Recommendations", row, "source.symbol", "JIU/REP/2012/5")
        .set("Recommendations", row, "number", "1")
        .set("Recommendations", row, column, text);
  }

  private static Workbook total(Workbook w, String column, String text) {
    return w.set("RecommendationTotals", 2, "id", "t1")
        .set("RecommendationTotals", 2, column, text);
  }

  private static Workbook relocation(Workbook w, String column, String text) {
    return w.set("PostLines", 2, "relocation.from", "headquarters")
        .set("PostLines", 2, "relocation.to", "field")
        .set("PostLines", 2, column, text);
  }

  static Stream<Arguments> mistakes() {
    return Stream.of(
        mistake(
            "FinancialLines!G2: 'USD 12,500' is not an amount of money ('12,500' is not an amount",
            w -> line(w, "approved-budget", "USD 12,500")),
        mistake(
            "FinancialLines!G2: '2500000' is not an amount of money ('2500000' is not an amount"
                + " of money; expected a currency code and an amount",
            w -> line(w, "approved-budget", "2500000")),
        mistake(
            "FinancialLines!F2: 'budget' is not a kind of money; expected one of approved-budget,"
                + " allocation, expenditure, obligation, cost-estimate, saving",
            w -> line(w, "budget", "USD 1")),
        mistake(
            "FinancialLines!G2: no amount: this cell must be filled", w -> line(w, "saving", "")),
        mistake(
            "FinancialLines!H2: 'yearly' is not a recurrence; expected one of one-time, recurring",
            w -> line(w, "saving", "USD 1").set("FinancialLines", 2, "recurrence", "yearly")),
        mistake(
            "FinanceTotals!G2: 'a b' is not an identifier",
            w ->
                w.set("FinanceTotals", 2, "id", "t")
                    .set("FinanceTotals", 2, "description.en", "Total")
                    .set("FinanceTotals", 2, "amount", "CHF 3")
                    .set("FinanceTotals", 2, "financialLines", "f1, a b")),
        mistake(
            "FinanceTotals!F2: 'CHF' is not an amount of money",
            w ->
                w.set("FinanceTotals", 2, "id", "t")
                    .set("FinanceTotals", 2, "description.en", "Total")
                    .set("FinanceTotals", 2, "amount", "CHF")),
        mistake(
            "Risks!J2: 'very high' is not a risk rating", w -> risk(w, "likelihood", "very high")),
        mistake("Risks!K2: '6/5' is not a risk rating", w -> risk(w, "impact", "6/5")),
        mistake(
            "Risks!L2: 'worse' is not a risk trend; expected one of increasing, stable, decreasing",
            w -> risk(w, "trend", "worse")),
        mistake(
            "Risks!W2: 'active' is not a risk status; expected one of open, closed",
            w -> risk(w, "status", "active")),
        mistake("Risks!V2: 'soon' is not a date", w -> risk(w, "identified", "soon")),
        mistake(
            "Risks!B2: no description: at least one language must be filled",
            w -> risk(w, "description.en", "")),
        mistake(
            "Recommendations!O2: 'agreed' is not a recommendation acceptance; expected one of"
                + " accepted, partially-accepted, not-accepted, under-consideration",
            w -> recommendation(w, 2, "acceptance", "agreed")),
        mistake(
            "Recommendations!P2: 'done' is not an implementation status; expected one of"
                + " not-started, in-progress, implemented, closed-without-implementation,"
                + " superseded",
            w -> recommendation(w, 2, "status", "done")),
        mistake(
            "Recommendations!N2: 'director' is not an addressee; expected one of executive-head,"
                + " legislative-body, other",
            w -> recommendation(w, 2, "addressee", "director")),
        mistake(
            "Recommendations!B2: no source: a recommendation needs the document it comes from",
            w -> recommendation(w, 2, "source.symbol", "")),
        mistake(
            "Recommendations!B2: a document reference needs a symbol or a title",
            w ->
                recommendation(w, 2, "source.symbol", "")
                    .set("Recommendations", 2, "source.date", "2012")),
        mistake(
            "Recommendations!G2: 'later' is not a date",
            w -> recommendation(w, 2, "source.date", "later")),
        mistake(
            "Recommendations!2: recommendation r1 needs a number or a text",
            w -> recommendation(w, 2, "number", "")),
        mistake(
            "Recommendations!A3: recommendation 'r1' appears twice",
            w -> recommendation(recommendation(w, 2, "due", "2014"), 3, "due", "2015")),
        mistake(
            "RecommendationActions!A2: no recommendation 'r9' in the sheet Recommendations",
            w ->
                recommendation(w, 2, "due", "2014")
                    .set("RecommendationActions", 2, "recommendation", "r9")
                    .set("RecommendationActions", 2, "number", "1.1")),
        mistake(
            "RecommendationActions!B2: no number: this cell must be filled",
            w ->
                recommendation(w, 2, "due", "2014")
                    .set("RecommendationActions", 2, "recommendation", "r1")),
        mistake(
            "RecommendationActions!G2: 'open' is not an implementation status",
            w ->
                recommendation(w, 2, "due", "2014")
                    .set("RecommendationActions", 2, "recommendation", "r1")
                    .set("RecommendationActions", 2, "number", "1.1")
                    .set("RecommendationActions", 2, "status", "open")),
        mistake(
            "RecommendationTotals!2: recommendation total t1 needs a count of recommendations or"
                + " of actions",
            w -> total(w, "status", "implemented")),
        mistake(
            "RecommendationTotals!J2: 'many' is not a whole number",
            w -> total(w, "count", "many")),
        mistake(
            "RecommendationTotals!K2: '1.5' is not a whole number (a whole number has no fractional"
                + " part",
            w -> total(w, "actions", "1.5")),
        mistake(
            "RecommendationTotals!B2: a document reference needs a symbol or a title",
            w -> total(w, "count", "3").set("RecommendationTotals", 2, "source.paragraphs", "4")),
        mistake(
            "PostLines!P2: duty station country 'XX' is not an ISO 3166-1 alpha-2 country code"
                + " such as KE or CH",
            w ->
                w.set("PostLines", 2, "location.dutyStation.city.en", "Nairobi")
                    .set("PostLines", 2, "location.dutyStation.country", "XX")),
        mistake(
            "PostLines!P2: a duty station needs its country as well as its city",
            w -> w.set("PostLines", 2, "location.dutyStation.city.fr", "Genève")),
        mistake(
            "PostLines!P2: a duty station needs its city as well as its country",
            w -> w.set("PostLines", 2, "location.dutyStation.country", "KE")),
        mistake(
            "PostLines!AR2: no relocation.to: this cell must be filled",
            w ->
                relocation(w, "relocation.to", "")
                    .set("PostLines", 2, "relocation.to.dutyStation.country", "KE")
                    .set("PostLines", 2, "relocation.to.dutyStation.city.en", "Nairobi")),
        mistake(
            "PostLines!AH2: no relocation.from: this cell must be filled",
            w ->
                w.set("PostLines", 2, "relocation.date", "2016")
                    .set("PostLines", 2, "relocation.to", "field")),
        mistake(
            "PostLines!AR2: 'moon' is not a kind of location; expected one of headquarters,"
                + " field, region, field-office",
            w -> relocation(w, "relocation.to", "moon")),
        mistake(
            "PostLines!BA2: a duty station needs its city as well as its country",
            w -> relocation(w, "relocation.to.dutyStation.country", "CH")),
        mistake(
            "PostLines!BB2: 'soon' is not a date", w -> relocation(w, "relocation.date", "soon")),
        mistake("PostLines!BC2: ", w -> relocation(w, "relocation.paragraphs", "0")),
        mistake(
            "PostLines!BC2: 'x' is not a paragraph number",
            w -> relocation(w, "relocation.paragraphs", "x")));
  }

  @ParameterizedTest
  @MethodSource("mistakes")
  void oneMistakeIsOneProblemAtItsCell(String problem, UnaryOperator<Workbook> change) {
    ReformSheetsException e =
        catchThrowableOfType(
            ReformSheetsException.class, () -> change.apply(Workbook.of(Fixture.report())).read());

    assertThat(e).as("a problem").isNotNull();
    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).toString()).startsWith(problem);
  }

  @Test
  void aRelocationWithItsDestinationCellsEmptyHasNoDestination() {
    ProgressReport report =
        Workbook.of(Fixture.report())
            .set("PostLines", 2, "relocation.from", "headquarters")
            .set("PostLines", 2, "relocation.from.dutyStation.city.en", "Geneva")
            .set("PostLines", 2, "relocation.from.dutyStation.country", "CH")
            .read();

    Relocation relocation = report.programme().postLines().get(0).relocation().orElseThrow();
    assertThat(relocation.from().kind()).isEqualTo(LocationKind.HEADQUARTERS);
    assertThat(relocation.from().dutyStation().orElseThrow().country()).isEqualTo("CH");
    assertThat(relocation.to()).isEmpty();
  }
}
