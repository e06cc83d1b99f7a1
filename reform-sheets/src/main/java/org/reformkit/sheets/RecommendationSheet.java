package org.reformkit.sheets;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reformkit.core.model.Acceptance;
import org.reformkit.core.model.Addressee;
import org.reformkit.core.model.CommitmentId;
import org.reformkit.core.model.DocumentReference;
import org.reformkit.core.model.ImplementationStatus;
import org.reformkit.core.model.Recommendation;
import org.reformkit.core.model.RecommendationId;
import org.reformkit.core.text.SafeText;

/**
 * The sheet Recommendations: one row per oversight recommendation the report lists, with its source
 * document in the row ({@code source.symbol}, {@code source.title.*}, ...); its actions are rows of
 * RecommendationActions and its evidence rows of References. Internal.
 */
final class RecommendationSheet extends SheetMapping {
  private static final ImmutableList<Columns.Column> COLUMNS =
      Columns.of(
          "id!",
          "source.symbol",
          "source.title*",
          "source.date",
          "source.paragraphs",
          "number",
          "text*",
          "addressee",
          "acceptance",
          "status",
          "due",
          "answeredBy",
          "paragraphs");

  @Override
  String name() {
    return "Recommendations";
  }

  @Override
  ImmutableList<Columns.Column> columns() {
    return COLUMNS;
  }

  @Override
  List<RowOut> rows(Contents report) {
    List<RowOut> rows = new ArrayList<>();
    for (Recommendation r : report.programme().recommendations().listed()) {
      RowOut row = new RowOut().put("id", r.id());
      DocumentColumns.write(row, "source", Optional.of(r.source()));
      rows.add(
          row.put("number", r.number())
              .localized("text", r.text())
              .put("addressee", r.addressee())
              .put("acceptance", r.acceptance())
              .put("status", r.status())
              .put("due", r.due())
              .list("answeredBy", r.answeredBy())
              .list("paragraphs", r.paragraphs()));
    }
    return rows;
  }

  @Override
  void read(RowIn row, Assembly into) {
    String id = row.required("id");
    Recommendation.Builder r = Recommendation.builder();
    row.requiredParse("id", "an identifier", RecommendationId::of).ifPresent(r::id);
    Optional<DocumentReference> source = DocumentColumns.read(row, "source");
    if (source.isEmpty() && !row.failed()) {
      row.problem(
          "source.symbol",
          "no source: a recommendation needs the document it comes from (a symbol or a title)");
    }
    source.ifPresent(r::source);
    r.number(row.text("number"))
        .text(row.localized("text"))
        .addressee(row.word("addressee", Addressee.class, "an addressee"))
        .acceptance(row.word("acceptance", Acceptance.class, "a recommendation acceptance"))
        .status(row.word("status", ImplementationStatus.class, "an implementation status"))
        .due(row.date("due"))
        .addAllAnsweredBy(row.list("answeredBy", "an identifier", CommitmentId::of))
        .addAllParagraphs(row.paragraphs());
    if (!id.isEmpty() && into.recommendations.putIfAbsent(id, new Pending<>(row, r)) != null) {
      row.problem("id", "recommendation " + SafeText.quote(id) + " appears twice");
    }
  }
}
