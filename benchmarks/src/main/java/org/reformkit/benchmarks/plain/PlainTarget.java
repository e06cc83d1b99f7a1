package org.reformkit.benchmarks.plain;

/**
 * An indicator's target value, due date and whether it is cumulative.
 *
 * <p>A plain mutable JavaBean, as a user would write by hand: the baseline of the JSON and memory
 * benchmarks. Absent values and empty lists are {@code null}.
 */
public class PlainTarget {
  private PlainValue value;
  private String due;
  private boolean cumulative;

  public PlainValue getValue() {
    return value;
  }

  public void setValue(PlainValue value) {
    this.value = value;
  }

  public String getDue() {
    return due;
  }

  public void setDue(String due) {
    this.due = due;
  }

  public boolean isCumulative() {
    return cumulative;
  }

  public void setCumulative(boolean cumulative) {
    this.cumulative = cumulative;
  }
}
