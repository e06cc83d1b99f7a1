package org.reformkit.benchmarks.plain;

import java.util.Map;

/**
 * An organisational unit: an optional code and a name by language.
 *
 * <p>A plain mutable JavaBean, as a user would write by hand: the baseline of the JSON and memory
 * benchmarks. Absent values and empty lists are {@code null}.
 */
public class PlainUnit {
  private String code;
  private Map<String, String> name;

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public Map<String, String> getName() {
    return name;
  }

  public void setName(Map<String, String> name) {
    this.name = name;
  }
}
