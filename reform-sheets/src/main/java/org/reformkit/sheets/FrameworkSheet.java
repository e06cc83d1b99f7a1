package org.reformkit.sheets;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reformkit.core.model.CommitmentId;
import org.reformkit.core.model.MonitoringFramework;
import org.reformkit.core.model.Status;

/**
 * The sheet MonitoringFramework: no row, or one, the programme's monitoring framework. Internal.
 */
final class FrameworkSheet extends SheetMapping {
  private static final ImmutableList<Columns.Column> COLUMNS =
      Columns.of("name*!", "status", "withTargets!", "purpose*", "commitment", "paragraphs");

  @Override
  String name() {
    return "MonitoringFramework";
  }

  @Override
  ImmutableList<Columns.Column> columns() {
    return COLUMNS;
  }

  @Override
  List<RowOut> rows(Contents report) {
    List<RowOut> rows = new ArrayList<>();
    report
        .programme()
        .monitoringFramework()
        .ifPresent(
            f ->
                rows.add(
                    new RowOut()
                        .localized("name", f.name())
                        .put("status", f.status())
                        .put("withTargets", f.withTargets())
                        .localized("purpose", f.purpose())
                        .put("commitment", f.commitment())
                        .list("paragraphs", f.paragraphs())));
    return rows;
  }

  @Override
  void read(RowIn row, Assembly into) {
    if (into.framework.isPresent()) {
      row.rowProblem("a second monitoring framework: the sheet MonitoringFramework has one row");
      return;
    }
    MonitoringFramework.Builder f = MonitoringFramework.builder();
    f.name(row.requiredLocalized("name"))
        .status(row.word("status", Status.class, "a framework status"))
        .purpose(row.localized("purpose"))
        .commitment(row.parse("commitment", "an identifier", CommitmentId::of))
        .addAllParagraphs(row.paragraphs());
    row.requiredParse("withTargets", "true or false", RowIn::parseBoolean)
        .ifPresent(f::withTargets);
    if (!row.failed()) {
      into.build(row, f::build).ifPresent(b -> into.framework = Optional.of(new Pending<>(row, b)));
    }
  }
}
