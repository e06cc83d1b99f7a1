package org.reformkit.core.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One amount of money a report states: an approved budget, an allocation, an expenditure, an
 * obligation, a cost estimate or a saving, with what it is for. Every fact the report does not
 * state is empty; nothing is assumed (a line without a period covers no known period).
 *
 * <pre>{@code
 * FinancialLine line = FinancialLine.builder()
 *     .id(FinancialLineId.of("bpr-approved"))
 *     .description(LocalizedText.of("en", "Business process review, approved"))
 *     .kind(FinanceKind.APPROVED_BUDGET)
 *     .amount(Money.parse("USD 2500000"))
 *     .period(DatePeriod.between(PartialDate.ofYear(2016), PartialDate.ofYear(2017)))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@ReformStyle
abstract class AbstractFinancialLine implements Sourced {
  /**
   * Returns the line's identifier.
   *
   * @return the identifier
   */
  public abstract FinancialLineId id();

  /**
   * Returns what the amount is for.
   *
   * @return the description
   */
  public abstract LocalizedText description();

  /**
   * Returns what the line states: approved, allocated, spent, obligated, estimated or saved.
   *
   * @return the kind
   */
  public abstract FinanceKind kind();

  /**
   * Returns the amount.
   *
   * @return the amount
   */
  public abstract Money amount();

  /**
   * Returns whether the amount is one-time or recurring, if stated.
   *
   * @return the recurrence
   */
  public abstract Optional<Recurrence> recurrence();

  /**
   * Returns the period the amount covers, if stated: a year ({@code 2016/2016}) or a biennium
   * ({@code 2016/2017}).
   *
   * @return the period
   */
  public abstract Optional<DatePeriod> period();

  /**
   * Returns which money it is, if stated.
   *
   * @return the funding source
   */
  public abstract Optional<FundingSource> source();

  /**
   * Returns the commitment the amount belongs to, if stated; empty means the programme as a whole
   * or not said.
   *
   * @return the commitment
   */
  public abstract Optional<CommitmentId> commitment();

  @Value.Check
  void check() {
    Checks.paragraphs(paragraphs(), "financial line");
  }
}
