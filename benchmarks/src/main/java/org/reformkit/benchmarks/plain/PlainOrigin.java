package org.reformkit.benchmarks.plain;

import org.reformkit.core.model.OriginKind;

/**
 * Where posts come from: new, transferred (from a unit), redeployed, ...
 *
 * <p>A plain mutable JavaBean, as a user would write by hand: the baseline of the JSON and memory
 * benchmarks. Absent values and empty lists are {@code null}.
 */
public class PlainOrigin {
  private OriginKind kind;
  private PlainUnit from;

  public OriginKind getKind() {
    return kind;
  }

  public void setKind(OriginKind kind) {
    this.kind = kind;
  }

  public PlainUnit getFrom() {
    return from;
  }

  public void setFrom(PlainUnit from) {
    this.from = from;
  }
}
