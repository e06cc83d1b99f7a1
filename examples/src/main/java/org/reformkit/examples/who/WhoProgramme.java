package org.reformkit.examples.who;

import static org.reformkit.examples.who.WhoReform2016.EMERGENCIES;
import static org.reformkit.examples.who.WhoReform2016.GOVERNANCE;
import static org.reformkit.examples.who.WhoReform2016.MANAGEMENT;
import static org.reformkit.examples.who.WhoReform2016.OUTPUTS_IN_IMPLEMENTATION;
import static org.reformkit.examples.who.WhoReform2016.PAPER_DATE;
import static org.reformkit.examples.who.WhoReform2016.PROGRAMMES;
import static org.reformkit.examples.who.WhoReform2016.en;
import static org.reformkit.examples.who.WhoReform2016.statement;

import java.math.BigDecimal;
import org.reformkit.core.model.Commitment;
import org.reformkit.core.model.CommitmentId;
import org.reformkit.core.model.DateQualifier;
import org.reformkit.core.model.Direction;
import org.reformkit.core.model.Indicator;
import org.reformkit.core.model.IndicatorValue;
import org.reformkit.core.model.Measure;
import org.reformkit.core.model.MeasureKind;
import org.reformkit.core.model.Measurement;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.ProgrammeId;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.StatementKind;
import org.reformkit.core.model.Status;

/**
 * Builds the programme of {@link WhoReform2016}: the WHO reform with its three workstreams and the
 * new emergencies stream, the one indicator the paper gives a figure for, and its statements on the
 * programme as a whole, each with its paragraph.
 */
final class WhoProgramme {
  private WhoProgramme() {}

  static ReformProgramme programme() {
    return ReformProgramme.builder()
        .id(ProgrammeId.of("who-reform"))
        .name(en("WHO reform"))
        .organization(en("World Health Organization"))
        // "since 2011" (paragraph 3), read as the launch year
        .launched(PartialDate.ofYear(2011))
        // implementation since 2011 (paragraph 3), activities still to be mainstreamed (3 and 4)
        .status(Status.IN_PROGRESS)
        .addParagraphs(1, 2, 3, 4)
        .addCommitment(workstream(PROGRAMMES, "Programmes and priority-setting"))
        .addCommitment(workstream(GOVERNANCE, "Governance"))
        .addCommitment(workstream(MANAGEMENT, "Management"))
        .addCommitment(
            Commitment.builder()
                .id(EMERGENCIES)
                .title(en("Reform of WHO's work in outbreaks and health emergencies"))
                // no status: the paper states none for this stream
                .addParagraph(2)
                .addStatement(
                    statement(
                        "aligned",
                        StatementKind.ASSESSMENT,
                        "A new and important element of the reform programme; its activities"
                            + " and the programme's are closely aligned.",
                        2))
                .build())
        .addIndicator(
            Indicator.builder()
                .id(OUTPUTS_IN_IMPLEMENTATION)
                .name(en("Reform outputs that have reached the implementation stage"))
                .measure(Measure.of(MeasureKind.PERCENTAGE))
                // outputs not yet at that stage are reported as held up (paragraph 4)
                .direction(Direction.HIGHER_IS_BETTER)
                .addMeasurement(
                    Measurement.builder()
                        .value(IndicatorValue.percentage(BigDecimal.valueOf(84)))
                        .date(PAPER_DATE.qualified(DateQualifier.BY))
                        .addParagraph(4)
                        .build())
                .addParagraph(4)
                .build())
        .addStatement(
            statement(
                "significant-progress",
                StatementKind.ASSESSMENT,
                "In the five years since the Director-General's reform proposals, significant"
                    + " progress has been made towards a more effective, efficient, transparent"
                    + " and accountable organization.",
                3))
        .addStatement(
            statement(
                "variable",
                StatementKind.ASSESSMENT,
                "Implementation since 2011 has been uneven: most progress in the programmatic"
                    + " reforms, less in governance and management.",
                3))
        .addStatement(
            statement(
                "mainstreaming",
                StatementKind.PLAN,
                "All reform activities are to become part of the Organization's business"
                    + " processes during the next biennium.",
                3))
        .build();
  }

  private static Commitment workstream(CommitmentId id, String title) {
    return Commitment.builder()
        .id(id)
        .title(en(title))
        // no status: the paper states none for any workstream (it only compares their progress)
        .addParagraphs(1, 3)
        .build();
  }
}
