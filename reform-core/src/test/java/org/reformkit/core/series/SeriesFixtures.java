package org.reformkit.core.series;

import org.reformkit.core.model.Commitment;
import org.reformkit.core.model.CommitmentId;
import org.reformkit.core.model.DocumentCover;
import org.reformkit.core.model.DocumentSymbol;
import org.reformkit.core.model.GoverningBodyDocument;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.Milestone;
import org.reformkit.core.model.MilestoneId;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.Phase;
import org.reformkit.core.model.PhaseId;
import org.reformkit.core.model.ProgrammeId;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.Statement;
import org.reformkit.core.model.StatementId;
import org.reformkit.core.model.StatementKind;
import org.reformkit.core.model.Status;

/** Small hand-built reports for the series tests. */
final class SeriesFixtures {
  private SeriesFixtures() {}

  static LocalizedText text(String en) {
    return LocalizedText.zhEn("中" + en, en);
  }

  static ReformProgramme.Builder programme() {
    return programme("test");
  }

  static ReformProgramme.Builder programme(String id) {
    return ReformProgramme.builder()
        .id(ProgrammeId.of(id))
        .name(text("Test programme"))
        .status(Status.IN_PROGRESS);
  }

  static Commitment.Builder commitment(String id, Status status) {
    return Commitment.builder()
        .id(CommitmentId.of(id))
        .title(text("Commitment " + id))
        .status(status);
  }

  static Phase.Builder phase(String id, Status status) {
    return Phase.builder().id(PhaseId.of(id)).name(text("Phase " + id)).status(status);
  }

  static Milestone.Builder milestone(String id, Status status) {
    return Milestone.builder()
        .id(MilestoneId.of(id))
        .description(text("Milestone " + id))
        .status(status);
  }

  static Statement statement(String id) {
    return Statement.builder()
        .id(StatementId.of(id))
        .kind(StatementKind.PLAN)
        .text(text("Statement " + id))
        .build();
  }

  static ProgressReport report(String symbol, String asOf, ReformProgramme programme) {
    return ProgressReport.builder()
        .document(
            GoverningBodyDocument.builder()
                .symbol(DocumentSymbol.parse(symbol))
                .title(text("Report " + symbol))
                .cover(DocumentCover.builder().build())
                .build())
        .asOf(PartialDate.parse(asOf))
        .programme(programme)
        .build();
  }

  static PartialDate date(String text) {
    return PartialDate.parse(text);
  }
}
