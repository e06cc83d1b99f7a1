package org.reformkit.benchmarks.adapters;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.json.JsonMapper;

/** The Jackson 3 mapper of the plain-class baseline: defaults, with absent values left out. */
public final class PlainJson {
  private PlainJson() {}

  /**
   * Returns a new mapper for the plain classes.
   *
   * @return the mapper
   */
  public static JsonMapper mapper() {
    return JsonMapper.builder()
        .changeDefaultPropertyInclusion(
            incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
        .build();
  }
}
