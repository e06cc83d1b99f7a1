package org.reformkit.benchmarks.plain;

import java.util.Map;
import org.reformkit.core.model.MeasureKind;

/**
 * What an indicator measures: a kind, and a currency or unit.
 *
 * <p>A plain mutable JavaBean, as a user would write by hand: the baseline of the JSON and memory
 * benchmarks. Absent values and empty lists are {@code null}.
 */
public class PlainMeasure {
  private MeasureKind kind;
  private String currency;
  private Map<String, String> unit;

  public MeasureKind getKind() {
    return kind;
  }

  public void setKind(MeasureKind kind) {
    this.kind = kind;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }

  public Map<String, String> getUnit() {
    return unit;
  }

  public void setUnit(Map<String, String> unit) {
    this.unit = unit;
  }
}
