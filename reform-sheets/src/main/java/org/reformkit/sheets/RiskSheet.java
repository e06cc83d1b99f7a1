package org.reformkit.sheets;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.reformkit.core.model.CommitmentId;
import org.reformkit.core.model.Risk;
import org.reformkit.core.model.RiskId;
import org.reformkit.core.model.RiskRating;
import org.reformkit.core.model.RiskStatus;
import org.reformkit.core.model.RiskTrend;

/**
 * The sheet Risks: one row per risk to the programme; likelihood and impact as {@link RiskRating}
 * writes and parses them ({@code high}, {@code 4/5 high from 4}), each carrying its scale.
 * Internal.
 */
final class RiskSheet extends SheetMapping {
  private static final ImmutableList<Columns.Column> COLUMNS =
      Columns.of(
          "id!",
          "description*!",
          "riskCategory*",
          "likelihood",
          "impact",
          "trend",
          "mitigation*",
          "owner.code",
          "owner.name*",
          "identified",
          "status",
          "commitments",
          "paragraphs");

  @Override
  String name() {
    return "Risks";
  }

  @Override
  ImmutableList<Columns.Column> columns() {
    return COLUMNS;
  }

  @Override
  List<RowOut> rows(Contents report) {
    List<RowOut> rows = new ArrayList<>();
    for (Risk risk : report.programme().risks()) {
      rows.add(
          new RowOut()
              .put("id", risk.id())
              .localized("description", risk.description())
              .localized("riskCategory", risk.category())
              .put("likelihood", risk.likelihood())
              .put("impact", risk.impact())
              .put("trend", risk.trend())
              .localized("mitigation", risk.mitigation())
              .unit("owner", risk.owner())
              .put("identified", risk.identified())
              .put("status", risk.status())
              .list("commitments", risk.commitments())
              .list("paragraphs", risk.paragraphs()));
    }
    return rows;
  }

  @Override
  void read(RowIn row, Assembly into) {
    Risk.Builder risk = Risk.builder();
    row.requiredParse("id", "an identifier", RiskId::of).ifPresent(risk::id);
    risk.description(row.requiredLocalized("description"))
        .category(row.localized("riskCategory"))
        .likelihood(row.parse("likelihood", "a risk rating", RiskRating::parse))
        .impact(row.parse("impact", "a risk rating", RiskRating::parse))
        .trend(row.word("trend", RiskTrend.class, "a risk trend"))
        .mitigation(row.localized("mitigation"))
        .owner(row.unit("owner"))
        .identified(row.date("identified"))
        .status(row.word("status", RiskStatus.class, "a risk status"))
        .addAllCommitments(row.list("commitments", "an identifier", CommitmentId::of))
        .addAllParagraphs(row.paragraphs());
    if (!row.failed()) {
      into.build(row, risk::build).ifPresent(r -> into.risks.add(new Pending<>(row, r)));
    }
  }
}
