package org.reformkit.sheets;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.reformkit.core.model.Committee;
import org.reformkit.core.model.ElementPath;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.Policy;

/**
 * The sheet TextLists: the items of lists of texts, one a row, each naming its element's list
 * ({@code programme.committees[ramc].functions}, {@code programme.policies[mobility].measures}), in
 * order. Internal.
 */
final class TextListSheet extends SheetMapping {
  private static final ImmutableList<Columns.Column> COLUMNS = Columns.of("element!", "text*!");

  @Override
  String name() {
    return "TextLists";
  }

  @Override
  ImmutableList<Columns.Column> columns() {
    return COLUMNS;
  }

  @Override
  List<RowOut> rows(Contents report) {
    List<RowOut> rows = new ArrayList<>();
    for (Policy p : report.programme().policies()) {
      add(rows, Paths.of(Paths.programme().key("policies", p.id()), "measures"), p.measures());
    }
    for (Committee c : report.programme().committees()) {
      ElementPath at = Paths.programme().key("committees", c.id());
      add(rows, Paths.of(at, "functions"), c.functions());
      add(rows, Paths.of(at, "advisesOn"), c.advisesOn());
    }
    return rows;
  }

  private static void add(List<RowOut> rows, String element, List<LocalizedText> texts) {
    for (LocalizedText text : texts) {
      rows.add(new RowOut().put("element", element).localized("text", text));
    }
  }

  @Override
  void read(RowIn row, Assembly into) {
    var path = row.requiredParse("element", "an element path", ElementPath::parse);
    LocalizedText text = row.requiredLocalized("text");
    if (path.isPresent() && !row.failed()) {
      into.texts.put(path.get().toString(), new Pending<>(row, text));
    }
  }
}
