package org.reformkit.benchmarks.plain;

/**
 * An indicator's baseline value and date.
 *
 * <p>A plain mutable JavaBean, as a user would write by hand: the baseline of the JSON and memory
 * benchmarks. Absent values and empty lists are {@code null}.
 */
public class PlainBaseline {
  private PlainValue value;
  private String date;

  public PlainValue getValue() {
    return value;
  }

  public void setValue(PlainValue value) {
    this.value = value;
  }

  public String getDate() {
    return date;
  }

  public void setDate(String date) {
    this.date = date;
  }
}
