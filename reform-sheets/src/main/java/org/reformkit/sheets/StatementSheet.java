package org.reformkit.sheets;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reformkit.core.model.Commitment;
import org.reformkit.core.model.ElementPath;
import org.reformkit.core.model.Phase;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.Statement;
import org.reformkit.core.model.StatementId;
import org.reformkit.core.model.StatementKind;

/**
 * The sheet Statements: narrative statements of the report ({@code holder} {@code report}), of the
 * programme ({@code programme}), of a commitment or of a phase (the commitment, and the phase).
 * Their references are rows of References ({@code ...statements[s].references}). Internal.
 */
final class StatementSheet extends SheetMapping {
  private static final ImmutableList<Columns.Column> COLUMNS =
      Columns.of("holder!", "commitment", "phase", "id!", "kind!", "text*!", "paragraphs");

  @Override
  String name() {
    return "Statements";
  }

  @Override
  ImmutableList<Columns.Column> columns() {
    return COLUMNS;
  }

  @Override
  List<RowOut> rows(Contents report) {
    List<RowOut> rows = new ArrayList<>();
    for (Statement s : report.report().map(ProgressReport::statements).orElse(ImmutableList.of())) {
      rows.add(row(s).put("holder", "report"));
    }
    for (Statement s : report.programme().statements()) {
      rows.add(row(s).put("holder", "programme"));
    }
    for (Commitment c : report.programme().commitments()) {
      for (Statement s : c.statements()) {
        rows.add(row(s).put("holder", "commitment").put("commitment", c.id()));
      }
      for (Phase p : c.phases()) {
        for (Statement s : p.statements()) {
          rows.add(row(s).put("holder", "phase").put("commitment", c.id()).put("phase", p.id()));
        }
      }
    }
    return rows;
  }

  private static RowOut row(Statement s) {
    return new RowOut()
        .put("id", s.id())
        .put("kind", s.kind())
        .localized("text", s.text())
        .list("paragraphs", s.paragraphs());
  }

  /** The path of the statements' holder: "" for the report. */
  static Optional<ElementPath> holder(RowIn row, Assembly into) {
    String holder = row.required("holder");
    Optional<String> commitment = row.text("commitment");
    Optional<String> phase = row.text("phase");
    switch (holder) {
      case "":
        return Optional.empty();
      case "report":
        return Optional.of(ElementPath.root());
      case "programme":
        return Optional.of(Paths.programme());
      case "commitment":
      case "phase":
        if (commitment.isEmpty()) {
          row.required("commitment");
          return Optional.empty();
        }
        if (into.lacks(into.commitments, commitment.get(), "Commitments")) {
          row.problem("commitment", Assembly.noSuch("commitment", commitment.get(), "Commitments"));
          return Optional.empty();
        }
        if (holder.equals("commitment")) {
          return Optional.of(Paths.commitment(commitment.get()));
        }
        if (phase.isEmpty()) {
          row.required("phase");
          return Optional.empty();
        }
        if (into.lacks(into.phases, commitment.get() + "\u0000" + phase.get(), "Phases")) {
          row.problem("phase", Assembly.noSuch("phase", phase.get(), "Phases"));
          return Optional.empty();
        }
        return Optional.of(Paths.phase(commitment.get(), phase.get()));
      default:
        row.problem(
            "holder",
            org.reformkit.core.text.SafeText.quote(holder)
                + " is not a holder of statements; expected one of report, programme,"
                + " commitment, phase");
        return Optional.empty();
    }
  }

  @Override
  void read(RowIn row, Assembly into) {
    Optional<ElementPath> holder = holder(row, into);
    String id = row.required("id");
    Statement.Builder s = Statement.builder();
    row.requiredParse("id", "an identifier", StatementId::of).ifPresent(s::id);
    row.requiredWord("kind", StatementKind.class, "a statement kind").ifPresent(s::kind);
    s.text(row.requiredLocalized("text")).addAllParagraphs(row.paragraphs());
    if (holder.isPresent() && !id.isEmpty()) {
      ElementPath at = holder.get();
      s.addAllReferences(into.references(Paths.of(at.key("statements", id), "references")));
      into.statements.put(at.toString(), new Pending<>(row, s));
    }
  }
}
