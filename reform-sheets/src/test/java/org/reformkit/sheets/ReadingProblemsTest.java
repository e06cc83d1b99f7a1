package org.reformkit.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

class ReadingProblemsTest {
  private static ReformSheetsException problemsOf(Workbook workbook) {
    return catchThrowableOfType(ReformSheetsException.class, workbook::read);
  }

  @Test
  void reportsTenPlantedMistakesInTenSheetsEachAtItsCell() {
    Workbook workbook =
        Workbook.of(Fixture.report())
            .set("Report", 2, "asOf", "November 2015")
            .set("Programme", 2, "status", "ongoing")
            .set("Commitments", 2, "started", "2015-13")
            .set("Phases", 3, "status", "done")
            .set("Deliverables", 2, "commitment", "hr")
            .set("PostLines", 2, "count", "twenty-two")
            .set("PostShares", 2, "origin", "moved")
            .set("Indicators", 2, "direction", "up")
            .set("Measurements", 2, "indicator", "staff-survey")
            .set("Engagements", 2, "counterpart", "everyone");

    ReformSheetsException e = problemsOf(workbook);

    assertThat(e.problems())
        .extracting(SheetProblem::cell)
        .containsExactlyInAnyOrder(
            "Report!BJ2",
            "Programme!P2",
            "Commitments!T2",
            "Phases!G3",
            "Deliverables!A2",
            "PostLines!B2",
            "PostShares!C2",
            "Indicators!L2",
            "Measurements!A2",
            "Engagements!C2");
    assertThat(e.getMessage())
        .contains(
            "Phases!G3: 'done' is not a phase status; expected one of not-started, in-progress,"
                + " completed, on-hold, cancelled")
        .contains("Deliverables!A2: no commitment 'hr' in the sheet Commitments")
        .contains("Measurements!A2: no indicator 'staff-survey' in the sheet Indicators")
        .contains("PostLines!B2: 'twenty-two' is not a whole number")
        .contains("Commitments!T2: '2015-13' is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD");
  }

  @Test
  void namesAMissingRequiredColumnAndReadsNoRowOfThatSheet() {
    Workbook workbook = Workbook.of(Fixture.report()).header("Phases", "status", "state");
    workbook.header("Phases", "id", "identifier");

    ReformSheetsException e = problemsOf(workbook);

    assertThat(e.problems())
        .extracting(SheetProblem::toString)
        .containsExactly(
            "Phases!B1: 'identifier' is not a column of this sheet; expected one of commitment,"
                + " id, name.<language>, status, plannedStart, plannedEnd, actualStart, actualEnd,"
                + " paragraphs",
            "Phases!G1: 'state' is not a column of this sheet; expected one of commitment, id,"
                + " name.<language>, status, plannedStart, plannedEnd, actualStart, actualEnd,"
                + " paragraphs",
            "Phases!1: missing required column 'id'");
  }

  @Test
  void quotesValuesThroughSafeText() {
    ReformSheetsException e =
        problemsOf(Workbook.of(Fixture.report()).set("Phases", 2, "status", "done\u202e\u001b"));

    assertThat(e.problems().get(0).message()).startsWith("'done\\u202e\\u001b' is not");
  }

  @Test
  void aRequiredCellLeftEmptyIsNamed() {
    ReformSheetsException e =
        problemsOf(Workbook.of(Fixture.report()).set("Commitments", 2, "id", ""));

    assertThat(e.problems())
        .extracting(SheetProblem::toString)
        .contains("Commitments!A2: no id: this cell must be filled");
  }

  @Test
  void anUnknownSheetIsNamedWithTheSheetsOfTheLayout() {
    ReformSheetsException e =
        problemsOf(Workbook.of(Fixture.report()).renameSheet("Targets", "Notes"));

    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).toString())
        .startsWith("Notes: not a sheet of the layout; expected one of Report, Programme,");
  }

  @Test
  void aFormulaIsReadAsItsCachedValue() {
    byte[] xlsx =
        Workbook.handMade(
            "Report",
            "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>symbol</t></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><t>title.en</t></is></c>"
                + "<c r=\"C1\" t=\"inlineStr\"><is><t>asOf</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"str\"><f>\"GB.325/INS/\"&amp;\"15/1\"</f>"
                + "<v>GB.325/INS/15/1</v></c>"
                + "<c r=\"B2\" t=\"inlineStr\"><is><t>Update</t></is></c>"
                + "<c r=\"C2\"><f>2000+15</f><v>2015</v></c></row>");

    ReformSheetsException e =
        catchThrowableOfType(
            ReformSheetsException.class,
            () -> ReformSheets.reader().read(new ByteArrayInputStream(xlsx)));

    // the report's cells are read (no problem at them); only the programme is missing
    assertThat(e.problems())
        .extracting(SheetProblem::toString)
        .containsExactly("workbook: no programme: the sheet Programme must have one row");
  }

  @Test
  void aFormulaWithoutACachedValueIsAProblemThatSaysSo() {
    byte[] xlsx =
        Workbook.handMade(
            "Report",
            "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>symbol</t></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><t>title.en</t></is></c>"
                + "<c r=\"C1\" t=\"inlineStr\"><is><t>asOf</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>GB.325/INS/15/1</t></is></c>"
                + "<c r=\"B2\" t=\"inlineStr\"><is><t>Update</t></is></c>"
                + "<c r=\"C2\"><f>YEAR(TODAY())</f></c></row>");

    ReformSheetsException e =
        catchThrowableOfType(
            ReformSheetsException.class,
            () -> ReformSheets.reader().read(new ByteArrayInputStream(xlsx)));

    assertThat(e.problems().get(0).toString())
        .isEqualTo(
            "Report!C2: the formula =YEAR(TODAY()) has no cached value; open and save the"
                + " workbook in a spreadsheet program, or type the value");
  }

  @Test
  void anErrorValueIsAProblemAtItsCell() {
    byte[] xlsx =
        Workbook.handMade(
            "Report",
            "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>symbol</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"e\"><v>#REF!</v></c></row>");

    ReformSheetsException e =
        catchThrowableOfType(
            ReformSheetsException.class,
            () -> ReformSheets.reader().read(new ByteArrayInputStream(xlsx)));

    assertThat(e.problems())
        .extracting(SheetProblem::toString)
        .contains("Report!A2: the cell holds the error '#REF!'");
  }
}
