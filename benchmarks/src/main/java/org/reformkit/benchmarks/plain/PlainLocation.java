package org.reformkit.benchmarks.plain;

import java.util.Map;
import org.reformkit.core.model.LocationKind;

/**
 * Where posts are: headquarters, a region or a field office, with an optional name.
 *
 * <p>A plain mutable JavaBean, as a user would write by hand: the baseline of the JSON and memory
 * benchmarks. Absent values and empty lists are {@code null}.
 */
public class PlainLocation {
  private LocationKind kind;
  private Map<String, String> name;

  public LocationKind getKind() {
    return kind;
  }

  public void setKind(LocationKind kind) {
    this.kind = kind;
  }

  public Map<String, String> getName() {
    return name;
  }

  public void setName(Map<String, String> name) {
    this.name = name;
  }
}
