package org.reformkit.core.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The money of a programme as a report states it: its financial lines and its stated totals. Empty
 * when the report states none ("no financial implications").
 */
@Value.Immutable
@ReformStyle
abstract class AbstractFinances {
  /**
   * Returns the financial lines, in order.
   *
   * @return the lines
   */
  public abstract ImmutableList<FinancialLine> lines();

  /**
   * Returns the stated totals.
   *
   * @return the totals
   */
  public abstract ImmutableList<FinanceTotal> totals();

  /**
   * Returns finances with no lines and no totals.
   *
   * @return empty finances
   */
  public static Finances none() {
    return Finances.builder().build();
  }

  /**
   * Whether the report states no money at all.
   *
   * @return whether there are neither lines nor totals
   */
  public final boolean isEmpty() {
    return lines().isEmpty() && totals().isEmpty();
  }

  /**
   * Returns the line with this identifier, if there is one; the first one if the identifier is used
   * twice.
   *
   * @param lineId the identifier
   * @return the line
   */
  public final Optional<FinancialLine> line(FinancialLineId lineId) {
    return Optional.ofNullable(linesById().get(lineId));
  }

  /** The lines by identifier, the first of each; computed once, not part of the value. */
  @Value.Lazy
  ImmutableMap<FinancialLineId, FinancialLine> linesById() {
    Map<FinancialLineId, FinancialLine> first = new LinkedHashMap<>();
    for (FinancialLine line : lines()) {
      first.putIfAbsent(line.id(), line);
    }
    return ImmutableMap.copyOf(first);
  }
}
