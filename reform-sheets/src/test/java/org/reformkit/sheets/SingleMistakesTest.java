package org.reformkit.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One mistake in a workbook of the fixture, one problem, at its cell, in words. */
class SingleMistakesTest {
  private static Arguments mistake(String problem, UnaryOperator<Workbook> change) {
    return Arguments.of(problem, change);
  }

  private static Workbook statement(Workbook w, String holder, String commitment, String phase) {
    return w.set("Statements", 2, "holder", holder)
        .set("Statements", 2, "commitment", commitment)
        .set("Statements", 2, "phase", phase)
        .set("Statements", 2, "id", "s1")
        .set("Statements", 2, "kind", "context")
        .set("Statements", 2, "text.en", "Text");
  }

  static Stream<Arguments> mistakes() {
    return Stream.of(
        mistake(
            "Statements!A2: 'team' is not a holder of statements; expected one of report,"
                + " programme, commitment, phase",
            w -> statement(w, "team", "", "")),
        mistake(
            "Statements!A2: no holder: this cell must be filled", w -> statement(w, "", "", "")),
        mistake(
            "Statements!B2: no commitment: this cell must be filled",
            w -> statement(w, "commitment", "", "")),
        mistake(
            "Statements!B2: no commitment 'hr' in the sheet Commitments",
            w -> statement(w, "phase", "hr", "a")),
        mistake(
            "Statements!C2: no phase: this cell must be filled",
            w -> statement(w, "phase", "bpr", "")),
        mistake(
            "Statements!C2: no phase 'z' in the sheet Phases",
            w -> statement(w, "phase", "bpr", "z")),
        mistake(
            "PostShares!2: a share belongs to a post line or to a post: fill one of line and post",
            w -> w.set("PostShares", 2, "post", "p1")),
        mistake(
            "PostShares!B2: no post 'p1' in the sheet Posts",
            w -> w.set("PostShares", 2, "line", "").set("PostShares", 2, "post", "p1")),
        mistake(
            "PostShares!A2: no post line 'l9' in the sheet PostLines",
            w -> w.set("PostShares", 2, "line", "l9")),
        mistake(
            "Deliverables!B2: no phase 'z' in the sheet Phases",
            w -> w.set("Deliverables", 2, "phase", "z")),
        mistake(
            "Milestones!A2: no commitment 'hr' in the sheet Commitments",
            w ->
                w.set("Milestones", 2, "commitment", "hr")
                    .set("Milestones", 2, "id", "m1")
                    .set("Milestones", 2, "description.en", "Milestone")),
        mistake(
            "Targets!A2: no indicator 'x' in the sheet Indicators",
            w ->
                w.set("Targets", 2, "indicator", "x")
                    .set("Targets", 2, "kind", "count")
                    .set("Targets", 2, "number", "3")),
        mistake(
            "Report!3: a second report: the sheet Report has one row",
            w -> w.set("Report", 3, "symbol", "GB.325/INS/15/2")),
        mistake(
            "Programme!3: a second programme: the sheet Programme has one row",
            w -> w.set("Programme", 3, "id", "other")),
        mistake(
            "Commitments!A3: commitment 'bpr' appears twice",
            w -> w.set("Commitments", 3, "id", "bpr").set("Commitments", 3, "title.en", "Again")),
        mistake(
            "Phases!B5: phase 'a' appears twice in this commitment",
            w ->
                w.set("Phases", 5, "commitment", "bpr")
                    .set("Phases", 5, "id", "a")
                    .set("Phases", 5, "name.en", "Again")),
        mistake(
            "PostLines!A3: post line 'hq-policy-technical' appears twice",
            w ->
                w.set("PostLines", 3, "id", "hq-policy-technical")
                    .set("PostLines", 3, "count", "1")
                    .set("PostLines", 3, "location", "field")
                    .set("PostLines", 3, "category", "technical")
                    .set("PostLines", 3, "origin", "new")),
        mistake(
            "Indicators!A3: indicator 'bpr-interviews' appears twice",
            w ->
                w.set("Indicators", 3, "id", "bpr-interviews")
                    .set("Indicators", 3, "name.en", "Again")
                    .set("Indicators", 3, "measure", "count")
                    .set("Indicators", 3, "direction", "higher-is-better")),
        mistake(
            "Commitments!V2: 'yes' is not true or false (expected true or false)",
            w -> w.set("Commitments", 2, "affectsStaff", "yes")),
        mistake(
            "Engagements!B2: 'talks' is not a kind of engagement; expected one of",
            w -> w.set("Engagements", 2, "kinds", "interview, talks")),
        mistake(
            "Commitments!N2: a unit needs a name as well as a code",
            w -> w.set("Commitments", 2, "owner.code", "DDG/MR")),
        mistake(
            "Indicators!AB2: a value needs its kind (count, percentage, amount, number, yes-no,"
                + " qualitative)",
            w -> w.set("Indicators", 2, "baseline.number", "5")),
        mistake(
            "Commitments!Y2: 'x' is not a paragraph number",
            w -> w.set("Commitments", 2, "paragraphs", "1, x")),
        mistake(
            "Commitments!W2: 'a b' is not an identifier (commitment id",
            w -> w.set("Commitments", 2, "dependsOn", "a b")),
        mistake(
            "Report!B2: no title: at least one language must be filled",
            w -> w.set("Report", 2, "title.en", "").set("Report", 2, "title.zh", "")),
        mistake(
            "References!A2: no element has the list 'programme.commitments[hr].addressesFindingsOf'",
            w ->
                w.set("References", 2, "element", "programme.commitments[hr].addressesFindingsOf")
                    .set("References", 2, "symbol", "GB.320/PFA/13")),
        mistake(
            "References!A2: 'commitments[[' is not an element path",
            w -> w.set("References", 2, "element", "commitments[[")),
        mistake(
            "Report!2: a report follows one report; References lists 2",
            w ->
                w.set("References", 2, "element", "previousReport")
                    .set("References", 2, "symbol", "GB.323/INS/9")
                    .set("References", 3, "element", "previousReport")
                    .set("References", 3, "symbol", "GB.323/INS/10")),
        mistake(
            "Measurements!2: a measurement has one source; References lists 2",
            w ->
                w.set(
                        "References",
                        2,
                        "element",
                        "programme.indicators[bpr-interviews].measurements[0].source")
                    .set("References", 2, "symbol", "GB.323/INS/9")
                    .set(
                        "References",
                        3,
                        "element",
                        "programme.indicators[bpr-interviews].measurements[0].source")
                    .set("References", 3, "symbol", "GB.323/INS/10")),
        mistake(
            "MonitoringFramework!F2: 'maybe' is not true or false",
            w ->
                w.set("MonitoringFramework", 2, "name.en", "Framework")
                    .set("MonitoringFramework", 2, "withTargets", "maybe")),
        mistake(
            "MonitoringFramework!3: a second monitoring framework: the sheet MonitoringFramework"
                + " has one row",
            w ->
                w.set("MonitoringFramework", 2, "name.en", "Framework")
                    .set("MonitoringFramework", 2, "withTargets", "true")
                    .set("MonitoringFramework", 3, "name.en", "Again")),
        mistake("PostLines!2: ", w -> w.set("PostLines", 2, "count", "-1")),
        mistake(
            "Dimensions!C2: no value: this cell must be filled",
            w ->
                w.set(
                        "Dimensions",
                        2,
                        "element",
                        "programme.indicators[bpr-interviews].measurements[0].dimensions")
                    .set("Dimensions", 2, "dimension", "region")),
        mistake(
            "TextLists!A2: no element has the list 'programme.policies[p].measures'",
            w ->
                w.set("TextLists", 2, "element", "programme.policies[p].measures")
                    .set("TextLists", 2, "text.en", "A measure")),
        mistake(
            "Phases!I1: column 'status' appears twice",
            w -> w.header("Phases", "plannedEnd", "status")));
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
}
