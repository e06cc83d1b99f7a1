package org.reformkit.core.analysis;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.reformkit.core.model.CommitmentId;
import org.reformkit.core.model.DatePeriod;
import org.reformkit.core.model.FinanceKind;
import org.reformkit.core.model.FinancialLine;
import org.reformkit.core.model.FundingSource;
import org.reformkit.core.model.Money;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.text.TextTable;

/**
 * What the programme's money is: its financial lines added up by commitment, kind, funding source,
 * period and currency, and, for each scope (a commitment or the programme as a whole), period and
 * source, what was spent against what was approved, for the periods begun by a date.
 *
 * <pre>{@code
 * MoneySummary money = Analyses.money(report, LocalDate.of(2017, 6, 30));
 * money.groups();        // one row per commitment, kind, source, period and currency
 * money.spentAgainstApproved(); // approved, spent and the share spent
 * System.out.print(money.toTable(Locale.ENGLISH));
 * }</pre>
 *
 * <p>Amounts in different currencies are never added: each currency is a group of its own, and a
 * scope whose budget and spending are in different currencies has no comparison. A line without a
 * period is its own group ("not stated") and is never compared with a budget. Nothing is converted
 * or rounded, except the share spent, given in per cent to one decimal.
 */
public final class MoneySummary {
  private final LocalDate asOf;
  private final ImmutableList<Group> groups;
  private final ImmutableList<Spending> spending;

  /**
   * The lines of one commitment (or the programme), kind, source, period and currency, added up.
   *
   * @param commitment the commitment, or empty for the programme as a whole
   * @param kind the kind
   * @param source the funding source, if stated
   * @param period the period, if stated
   * @param amount the sum of the lines
   * @param lines how many lines
   */
  public record Group(
      Optional<CommitmentId> commitment,
      FinanceKind kind,
      Optional<FundingSource> source,
      Optional<DatePeriod> period,
      Money amount,
      int lines) {}

  /**
   * What one scope spent against what was approved for it, for one period and source.
   *
   * @param commitment the commitment, or empty for the programme as a whole
   * @param period the period
   * @param source the funding source, if stated
   * @param approved the approved budget
   * @param spent the expenditure
   * @param sharePercent spent as a share of approved in per cent, one decimal; empty when the
   *     approved budget is zero
   */
  public record Spending(
      Optional<CommitmentId> commitment,
      DatePeriod period,
      Optional<FundingSource> source,
      Money approved,
      Money spent,
      Optional<BigDecimal> sharePercent) {}

  private MoneySummary(
      LocalDate asOf, ImmutableList<Group> groups, ImmutableList<Spending> spending) {
    this.asOf = asOf;
    this.groups = groups;
    this.spending = spending;
  }

  /**
   * Summarises a programme's money as of a date.
   *
   * @param programme the programme
   * @param asOf the date: budgets and spending are compared for the periods begun by then
   * @return the summary
   */
  public static MoneySummary of(ReformProgramme programme, LocalDate asOf) {
    Map<List<Object>, Group> groups = new LinkedHashMap<>();
    Map<List<Object>, List<List<Money>>> scopes = new LinkedHashMap<>();
    for (FinancialLine line : programme.finances().lines()) {
      List<Object> key =
          List.of(
              line.commitment(),
              line.kind(),
              line.source(),
              line.period(),
              line.amount().currency());
      groups.merge(
          key,
          new Group(line.commitment(), line.kind(), line.source(), line.period(), line.amount(), 1),
          (a, b) ->
              new Group(
                  a.commitment(),
                  a.kind(),
                  a.source(),
                  a.period(),
                  a.amount().plus(b.amount()),
                  a.lines() + 1));
      boolean compared = line.kind().isApproval() || line.kind().isSpending();
      if (compared && line.period().isPresent() && begun(line.period().get(), asOf)) {
        List<List<Money>> pair =
            scopes.computeIfAbsent(
                List.of(line.commitment(), line.period().get(), line.source()),
                k -> List.of(new ArrayList<>(), new ArrayList<>()));
        pair.get(line.kind().isApproval() ? 0 : 1).add(line.amount());
      }
    }
    ImmutableList.Builder<Spending> spending = ImmutableList.builder();
    scopes.forEach(
        (key, pair) -> {
          Optional<Money> approved = sum(pair.get(0));
          Optional<Money> spent = sum(pair.get(1));
          if (approved.isPresent()
              && spent.isPresent()
              && approved.get().sameCurrency(spent.get())) {
            @SuppressWarnings("unchecked") // the key was built above with these types
            Optional<CommitmentId> commitment = (Optional<CommitmentId>) key.get(0);
            @SuppressWarnings("unchecked")
            Optional<FundingSource> source = (Optional<FundingSource>) key.get(2);
            spending.add(
                new Spending(
                    commitment,
                    (DatePeriod) key.get(1),
                    source,
                    approved.get(),
                    spent.get(),
                    share(spent.get().amount(), approved.get().amount())));
          }
        });
    return new MoneySummary(asOf, ImmutableList.copyOf(groups.values()), spending.build());
  }

  /** The sum of amounts in one currency; empty when there are none or their currencies differ. */
  private static Optional<Money> sum(List<Money> amounts) {
    if (amounts.isEmpty()) {
      return Optional.empty();
    }
    Money sum = amounts.get(0);
    for (int i = 1; i < amounts.size(); i++) {
      if (!sum.sameCurrency(amounts.get(i))) {
        return Optional.empty();
      }
      sum = sum.plus(amounts.get(i));
    }
    return Optional.of(sum);
  }

  private static boolean begun(DatePeriod period, LocalDate asOf) {
    Optional<PartialDate> start = period.start();
    return start.isEmpty() || !start.get().isCertainlyAfter(asOf);
  }

  private static Optional<BigDecimal> share(BigDecimal spent, BigDecimal approved) {
    if (approved.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(
        spent.multiply(BigDecimal.valueOf(100)).divide(approved, 1, RoundingMode.HALF_EVEN));
  }

  /**
   * Returns the date of the comparison.
   *
   * @return the date
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns the lines added up, in the order of their first line.
   *
   * @return the groups
   */
  public ImmutableList<Group> groups() {
    return groups;
  }

  /**
   * Returns spending against the approved budget for each scope, period and source that has both,
   * in one currency, for periods begun by the date.
   *
   * @return the comparisons
   */
  public ImmutableList<Spending> spentAgainstApproved() {
    return spending;
  }

  /**
   * Returns the groups as an aligned table, in a language.
   *
   * @param locale the language
   * @return the table
   */
  public TextTable toTable(Locale locale) {
    TextTable.Builder table =
        TextTable.builder(
                Labels.label("heading.commitment", locale),
                Labels.label("heading.kind", locale),
                Labels.label("heading.source", locale),
                Labels.label("heading.period", locale),
                Labels.label("heading.amount", locale),
                Labels.label("heading.lines", locale))
            .alignRight(4)
            .alignRight(5);
    for (Group group : groups) {
      table.addRow(
          scope(group.commitment(), locale),
          Labels.text("financeKind." + group.kind().name()).in(locale),
          Labels.funding(group.source()).in(locale),
          group.period().map(DatePeriod::toString).orElse(Labels.NOT_STATED.in(locale)),
          group.amount().toString(),
          group.lines());
    }
    return table.build();
  }

  /**
   * Returns spending against the approved budget as an aligned table, in a language.
   *
   * @param locale the language
   * @return the table
   */
  public TextTable spendingTable(Locale locale) {
    TextTable.Builder table =
        TextTable.builder(
                Labels.label("heading.commitment", locale),
                Labels.label("heading.period", locale),
                Labels.label("heading.source", locale),
                Labels.label("heading.approved", locale),
                Labels.label("heading.spent", locale),
                Labels.label("heading.sharePercent", locale))
            .alignRight(3)
            .alignRight(4)
            .alignRight(5);
    for (Spending s : spending) {
      table.addRow(
          scope(s.commitment(), locale),
          s.period().toString(),
          Labels.funding(s.source()).in(locale),
          s.approved().toString(),
          s.spent().toString(),
          s.sharePercent().map(BigDecimal::toPlainString).orElse("-"));
    }
    return table.build();
  }

  private static String scope(Optional<CommitmentId> commitment, Locale locale) {
    return commitment
        .map(CommitmentId::value)
        .orElseGet(() -> Labels.label("row.programme", locale));
  }

  /** The two tables in English, one after the other. */
  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    parts.add(toTable(Locale.ENGLISH).toString());
    parts.add(spendingTable(Locale.ENGLISH).toString());
    return String.join("\n", parts);
  }
}
