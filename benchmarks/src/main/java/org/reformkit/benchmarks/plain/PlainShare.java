package org.reformkit.benchmarks.plain;

/**
 * A part of a line of posts with another origin, with its count if stated.
 *
 * <p>A plain mutable JavaBean, as a user would write by hand: the baseline of the JSON and memory
 * benchmarks. Absent values and empty lists are {@code null}.
 */
public class PlainShare {
  private PlainOrigin origin;
  private Integer count;

  public PlainOrigin getOrigin() {
    return origin;
  }

  public void setOrigin(PlainOrigin origin) {
    this.origin = origin;
  }

  public Integer getCount() {
    return count;
  }

  public void setCount(Integer count) {
    this.count = count;
  }
}
