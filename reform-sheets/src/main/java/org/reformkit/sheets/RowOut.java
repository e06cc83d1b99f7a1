package org.reformkit.sheets;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.OrgUnit;

/**
 * One row being written: cell texts by column name ({@code title.en} for text in one language); an
 * absent fact leaves its cell empty. Internal.
 */
final class RowOut {
  private final Map<String, String> cells = new LinkedHashMap<>();

  Map<String, String> cells() {
    return cells;
  }

  RowOut put(String column, Optional<?> value) {
    value.ifPresent(v -> put(column, v));
    return this;
  }

  RowOut put(String column, Object value) {
    String text = value instanceof Enum<?> constant ? Words.word(constant) : String.valueOf(value);
    if (!text.isEmpty()) {
      cells.put(column, text);
    }
    return this;
  }

  RowOut list(String column, Collection<?> values) {
    return put(
        column,
        values.stream()
            .map(v -> v instanceof Enum<?> constant ? Words.word(constant) : String.valueOf(v))
            .collect(Collectors.joining(", ")));
  }

  RowOut localized(String name, Optional<LocalizedText> text) {
    text.ifPresent(t -> localized(name, t));
    return this;
  }

  RowOut localized(String name, LocalizedText text) {
    for (Map.Entry<String, String> entry : text.texts().entrySet()) {
      cells.put(name + "." + entry.getKey(), entry.getValue());
    }
    return this;
  }

  RowOut unit(String prefix, Optional<OrgUnit> unit) {
    unit.ifPresent(
        u -> {
          put(prefix + ".code", u.code());
          localized(prefix + ".name", u.name());
        });
    return this;
  }
}
