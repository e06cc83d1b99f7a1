package org.reformkit.sheets;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.reformkit.core.model.ImplementationStatus;
import org.reformkit.core.model.Recommendation;
import org.reformkit.core.model.RecommendationAction;

/**
 * The sheet RecommendationActions: one row per action under a recommendation, naming its
 * recommendation, in order. Internal.
 */
final class RecommendationActionSheet extends SheetMapping {
  private static final ImmutableList<Columns.Column> COLUMNS =
      Columns.of("recommendation!", "number!", "text*", "status", "paragraphs");

  @Override
  String name() {
    return "RecommendationActions";
  }

  @Override
  ImmutableList<Columns.Column> columns() {
    return COLUMNS;
  }

  @Override
  List<RowOut> rows(Contents report) {
    List<RowOut> rows = new ArrayList<>();
    for (Recommendation r : report.programme().recommendations().listed()) {
      for (RecommendationAction action : r.actions()) {
        rows.add(
            new RowOut()
                .put("recommendation", r.id())
                .put("number", action.number())
                .localized("text", action.text())
                .put("status", action.status())
                .list("paragraphs", action.paragraphs()));
      }
    }
    return rows;
  }

  @Override
  void read(RowIn row, Assembly into) {
    String recommendation = row.required("recommendation");
    RecommendationAction.Builder action = RecommendationAction.builder();
    action
        .number(row.required("number"))
        .text(row.localized("text"))
        .status(row.word("status", ImplementationStatus.class, "an implementation status"))
        .addAllParagraphs(row.paragraphs());
    if (!recommendation.isEmpty()
        && into.lacks(into.recommendations, recommendation, "Recommendations")) {
      row.problem(
          "recommendation", Assembly.noSuch("recommendation", recommendation, "Recommendations"));
    }
    if (!row.failed()) {
      into.build(row, action::build)
          .ifPresent(a -> into.recommendationActions.put(recommendation, new Pending<>(row, a)));
    }
  }
}
