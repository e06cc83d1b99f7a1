package org.reformkit.benchmarks.plain;

import java.util.Map;

/**
 * A counted line of posts.
 *
 * <p>A plain mutable JavaBean, as a user would write by hand: the baseline of the JSON and memory
 * benchmarks. Absent values and empty lists are {@code null}.
 */
public class PlainPostLine extends PlainPostFields {
  private String id;
  private int count;
  private Map<String, String> description;

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public int getCount() {
    return count;
  }

  public void setCount(int count) {
    this.count = count;
  }

  public Map<String, String> getDescription() {
    return description;
  }

  public void setDescription(Map<String, String> description) {
    this.description = description;
  }
}
