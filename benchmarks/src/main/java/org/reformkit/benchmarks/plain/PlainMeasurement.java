package org.reformkit.benchmarks.plain;

import java.util.Map;

/**
 * One measurement of an indicator.
 *
 * <p>A plain mutable JavaBean, as a user would write by hand: the baseline of the JSON and memory
 * benchmarks. Absent values and empty lists are {@code null}.
 */
public class PlainMeasurement {
  private PlainValue value;
  private String date;
  private String approvedBy;
  private Map<String, String> dimensions;
  private Map<String, String> note;

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

  public String getApprovedBy() {
    return approvedBy;
  }

  public void setApprovedBy(String approvedBy) {
    this.approvedBy = approvedBy;
  }

  public Map<String, String> getDimensions() {
    return dimensions;
  }

  public void setDimensions(Map<String, String> dimensions) {
    this.dimensions = dimensions;
  }

  public Map<String, String> getNote() {
    return note;
  }

  public void setNote(Map<String, String> note) {
    this.note = note;
  }
}
