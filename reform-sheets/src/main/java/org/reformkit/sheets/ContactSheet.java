package org.reformkit.sheets;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.reformkit.core.model.Contact;
import org.reformkit.core.model.ProgressReport;

/** The sheet Contacts: one row per focal point named on the paper's cover. Internal. */
final class ContactSheet extends SheetMapping {
  private static final ImmutableList<Columns.Column> COLUMNS =
      Columns.of("name", "role*", "unit.code", "unit.name*", "purpose*", "email");

  @Override
  String name() {
    return "Contacts";
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
    List<RowOut> rows = new ArrayList<>();
    for (Contact c : report.document().contacts()) {
      rows.add(
          new RowOut()
              .put("name", c.name())
              .localized("role", c.role())
              .unit("unit", c.unit())
              .localized("purpose", c.purpose())
              .put("email", c.email()));
    }
    return rows;
  }

  @Override
  void read(RowIn row, Assembly into) {
    Contact.Builder c =
        Contact.builder()
            .name(row.text("name"))
            .role(row.localized("role"))
            .unit(row.unit("unit"))
            .purpose(row.localized("purpose"))
            .email(row.text("email"));
    if (!row.failed()) {
      into.build(row, c::build).ifPresent(b -> into.contacts.add(new Pending<>(row, b)));
    }
  }
}
