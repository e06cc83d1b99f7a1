package org.reformkit.core.analysis;

import org.reformkit.core.model.Commitment;
import org.reformkit.core.model.CommitmentId;
import org.reformkit.core.model.DocumentCover;
import org.reformkit.core.model.DocumentSymbol;
import org.reformkit.core.model.GoverningBodyDocument;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.Phase;
import org.reformkit.core.model.PhaseId;
import org.reformkit.core.model.ProgrammeId;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.Status;

/** Small hand-built values for the analysis tests. */
final class Fixtures {
  private Fixtures() {}

  static LocalizedText text(String en) {
    return LocalizedText.zhEn("中" + en, en);
  }

  static ReformProgramme.Builder programme() {
    return ReformProgramme.builder()
        .id(ProgrammeId.of("test"))
        .name(text("Test programme"))
        .status(Status.IN_PROGRESS);
  }

  static Commitment.Builder commitment(String id, Status status) {
    return Commitment.builder()
        .id(CommitmentId.of(id))
        .title(text("Commitment " + id))
        .status(status);
  }

  /** A commitment whose status the report does not state. */
  static Commitment.Builder unstatedCommitment(String id) {
    return Commitment.builder().id(CommitmentId.of(id)).title(text("Commitment " + id));
  }

  /** A phase whose status the report does not state. */
  static Phase.Builder unstatedPhase(String id) {
    return Phase.builder().id(PhaseId.of(id)).name(text("Phase " + id));
  }

  static Phase.Builder phase(String id, Status status) {
    return Phase.builder().id(PhaseId.of(id)).name(text("Phase " + id)).status(status);
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
