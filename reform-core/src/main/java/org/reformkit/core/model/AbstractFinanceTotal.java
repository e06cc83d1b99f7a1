package org.reformkit.core.model;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * A total of money as a report states it ("a one-time investment of USD 5.1 million in all"), with
 * the financial lines it is made of. The model keeps a stated total that does not add up, or that
 * lists lines in another currency; the rule checks report it.
 */
@Value.Immutable
@ReformStyle
abstract class AbstractFinanceTotal implements Sourced {
  /**
   * Returns the total's identifier.
   *
   * @return the identifier
   */
  public abstract FinanceTotalId id();

  /**
   * Returns what the total adds up.
   *
   * @return the description
   */
  public abstract LocalizedText description();

  /**
   * Returns the stated total.
   *
   * @return the amount
   */
  public abstract Money amount();

  /**
   * Returns the lines the total is made of.
   *
   * @return the lines
   */
  public abstract ImmutableList<FinancialLineId> lines();

  @Value.Check
  void check() {
    Checks.paragraphs(paragraphs(), "finance total");
  }
}
