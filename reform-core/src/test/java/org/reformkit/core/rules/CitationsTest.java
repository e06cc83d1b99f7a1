package org.reformkit.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reformkit.core.analysis.Analyses;
import org.reformkit.core.analysis.ChangeKind;
import org.reformkit.core.model.Commitment;
import org.reformkit.core.model.DocumentReference;
import org.reformkit.core.model.DocumentSymbol;
import org.reformkit.core.model.Footnote;
import org.reformkit.core.model.GoverningBodyDocument;
import org.reformkit.core.model.Indicator;
import org.reformkit.core.model.Measurement;
import org.reformkit.core.model.Phase;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.Statement;
import org.reformkit.core.model.StatementId;
import org.reformkit.core.model.StatementKind;

/** A comparison notices a newly cited document wherever in the report the citation is made. */
class CitationsTest {
  private static DocumentReference cites(int session) {
    return DocumentReference.of(DocumentSymbol.parse("GB." + session + "/INS/1"));
  }

  private static Statement statement(int session) {
    return Statement.builder()
        .id(StatementId.of("s" + session))
        .kind(StatementKind.values()[0])
        .text(Fixtures.text("Statement"))
        .addReferences(cites(session))
        .build();
  }

  private static ProgressReport citingEverywhere() {
    ProgressReport report = Fixtures.report();
    GoverningBodyDocument document = report.document();
    ReformProgramme programme = report.programme();
    Commitment bpr = programme.commitments().get(0);
    Phase first = bpr.phases().get(0);
    Indicator indicator = programme.indicators().get(0);
    Measurement measurement = indicator.measurements().get(0);
    return report
        .withPreviousReport(cites(301))
        .withDocument(
            document
                .withCover(document.cover().withRelatedDocuments(cites(302)))
                .withFootnotes(
                    Footnote.builder()
                        .number(1)
                        .text(Fixtures.text("n"))
                        .addReferences(cites(303))
                        .build()))
        .withStatements(statement(304))
        .withProgramme(
            Fixtures.replace(
                    programme.withStatements(statement(305)),
                    bpr.withAddressesFindingsOf(cites(306))
                        .withStatements(statement(307))
                        .withPhases(first.withStatements(statement(308))))
                .withIndicators(indicator.withMeasurements(measurement.withSource(cites(309)))));
  }

  @Test
  void everyPlaceOfCitationIsFollowed() {
    ProgressReport bare =
        Fixtures.report()
            .withDocument(
                Fixtures.report()
                    .document()
                    .withFootnotes()
                    .withCover(Fixtures.report().document().cover().withRelatedDocuments()));

    assertThat(Analyses.compare(bare, citingEverywhere()).ofKind(ChangeKind.NEWLY_CITED))
        .extracting(c -> c.path().toString())
        .containsExactly(
            "citations[GB.301/INS/1]",
            "citations[GB.302/INS/1]",
            "citations[GB.303/INS/1]",
            "citations[GB.304/INS/1]",
            "citations[GB.305/INS/1]",
            "citations[GB.306/INS/1]",
            "citations[GB.307/INS/1]",
            "citations[GB.308/INS/1]",
            "citations[GB.309/INS/1]");
  }

  @Test
  void reportCitingItselfDoesNotCountAsACitation() {
    ProgressReport report = Fixtures.report();
    ProgressReport selfCiting =
        report.withStatements(
            statement(1).withReferences(DocumentReference.of(report.document().symbol())));

    assertThat(Analyses.compare(report, selfCiting).ofKind(ChangeKind.NEWLY_CITED)).isEmpty();
  }
}
