package org.reformkit.core.rules;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import org.reformkit.core.model.ElementPath;
import org.reformkit.core.model.Location;

/**
 * The findings of one rule, summarised: how many, how serious, the first few paths and where they
 * concentrate. One row of {@link FindingGroups}.
 *
 * @param code the rule's stable code
 * @param severity the most serious severity among the rule's findings
 * @param count how many findings the rule made
 * @param firstPaths the paths of its first findings, at most {@link FindingGroups#FIRST_PATHS}, in
 *     the order of the findings
 * @param byCommitment how many of its findings lie under each commitment (by the commitment's
 *     identifier), most first; findings outside any commitment are not counted here
 * @param byLocation how many of its findings are on posts or counted lines at each location, most
 *     first; findings on anything else are not counted here
 */
public record FindingGroup(
    String code,
    Severity severity,
    int count,
    ImmutableList<ElementPath> firstPaths,
    ImmutableMap<String, Integer> byCommitment,
    ImmutableMap<Location, Integer> byLocation) {
  /**
   * Creates a group.
   *
   * @param code the rule's stable code
   * @param severity the most serious severity
   * @param count how many findings
   * @param firstPaths the paths of the first findings
   * @param byCommitment counts by commitment, most first
   * @param byLocation counts by location, most first
   */
  public FindingGroup {
    requireNonNull(code, "code");
    requireNonNull(severity, "severity");
    requireNonNull(firstPaths, "firstPaths");
    requireNonNull(byCommitment, "byCommitment");
    requireNonNull(byLocation, "byLocation");
  }
}
