package org.reformkit.sheets;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.reformkit.core.model.DatePeriod;
import org.reformkit.core.model.Distribution;
import org.reformkit.core.model.DocumentCover;
import org.reformkit.core.model.DocumentSymbol;
import org.reformkit.core.model.GoverningBodyDocument;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.RequestedAction;

/** The sheet Report: one row, the report's paper, its cover and its date. Internal. */
final class ReportSheet extends SheetMapping {
  private static final ImmutableList<Columns.Column> COLUMNS =
      Columns.of(
          "symbol!",
          "title*!",
          "heading*",
          "organ*",
          "session",
          "agendaItem",
          "sectionName*",
          "sessionPlace*",
          "sessionDates",
          "date",
          "distribution",
          "originalLanguage",
          "actionsRequested",
          "purpose*",
          "strategicObjective*",
          "mainOutcome*",
          "policyImplications*",
          "legalImplications*",
          "financialImplications*",
          "followUpAction*",
          "authorUnit.code",
          "authorUnit.name*",
          "asOf!",
          "reconstructed",
          "reconstructionNote*");

  @Override
  String name() {
    return "Report";
  }

  @Override
  ImmutableList<Columns.Column> columns() {
    return COLUMNS;
  }

  @Override
  List<RowOut> rows(Contents contents) {
    if (contents.report().isEmpty()) {
      return List.of();
    }
    ProgressReport report = contents.report().get();
    GoverningBodyDocument d = report.document();
    DocumentCover c = d.cover();
    RowOut row =
        new RowOut()
            .put("symbol", d.symbol())
            .localized("title", d.title())
            .localized("heading", d.heading())
            .localized("organ", d.organ())
            .put("session", d.session())
            .put("agendaItem", d.agendaItem())
            .localized("sectionName", d.sectionName())
            .localized("sessionPlace", d.sessionPlace())
            .put("sessionDates", d.sessionDates())
            .put("date", d.date())
            .put("distribution", d.distribution())
            .put("originalLanguage", d.originalLanguage())
            .list("actionsRequested", d.actionsRequested())
            .localized("purpose", c.purpose())
            .localized("strategicObjective", c.strategicObjective())
            .localized("mainOutcome", c.mainOutcome())
            .localized("policyImplications", c.policyImplications())
            .localized("legalImplications", c.legalImplications())
            .localized("financialImplications", c.financialImplications())
            .localized("followUpAction", c.followUpAction())
            .unit("authorUnit", c.authorUnit())
            .put("asOf", report.asOf())
            .put("reconstructed", report.reconstructed())
            .localized("reconstructionNote", report.reconstructionNote());
    return List.of(row);
  }

  @Override
  void read(RowIn row, Assembly into) {
    if (into.document.isPresent()) {
      row.rowProblem("a second report: the sheet Report has one row");
      return;
    }
    GoverningBodyDocument.Builder d = GoverningBodyDocument.builder();
    row.requiredParse("symbol", "a document symbol", DocumentSymbol::parse).ifPresent(d::symbol);
    d.title(row.requiredLocalized("title"))
        .heading(row.localized("heading"))
        .organ(row.localized("organ"))
        .session(row.text("session"))
        .agendaItem(row.text("agendaItem"))
        .sectionName(row.localized("sectionName"))
        .sessionPlace(row.localized("sessionPlace"))
        .sessionDates(row.parse("sessionDates", "a period", DatePeriod::parse))
        .date(row.date("date"))
        .distribution(row.word("distribution", Distribution.class, "a distribution"))
        .originalLanguage(row.text("originalLanguage"))
        .addAllActionsRequested(
            row.words("actionsRequested", RequestedAction.class, "a requested action"));
    DocumentCover.Builder c =
        DocumentCover.builder()
            .purpose(row.localized("purpose"))
            .strategicObjective(row.localized("strategicObjective"))
            .mainOutcome(row.localized("mainOutcome"))
            .policyImplications(row.localized("policyImplications"))
            .legalImplications(row.localized("legalImplications"))
            .financialImplications(row.localized("financialImplications"))
            .followUpAction(row.localized("followUpAction"))
            .authorUnit(row.unit("authorUnit"));
    ProgressReport.Builder r = ProgressReport.builder();
    row.requiredParse("asOf", "a date", PartialDate::parse).ifPresent(r::asOf);
    row.bool("reconstructed").ifPresent(r::reconstructed);
    r.reconstructionNote(row.localized("reconstructionNote"));
    into.document = java.util.Optional.of(new Pending<>(row, d));
    into.cover = java.util.Optional.of(c);
    into.report = java.util.Optional.of(r);
  }
}
