package org.reformkit.benchmarks.plain;

import java.util.Map;

/**
 * A single post (position).
 *
 * <p>A plain mutable JavaBean, as a user would write by hand: the baseline of the JSON and memory
 * benchmarks. Absent values and empty lists are {@code null}.
 */
public class PlainPost extends PlainPostFields {
  private String id;
  private Map<String, String> title;

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public Map<String, String> getTitle() {
    return title;
  }

  public void setTitle(Map<String, String> title) {
    this.title = title;
  }
}
