package org.reformkit.core.rules;

import static org.reformkit.core.rules.Facts.values;
import static org.reformkit.core.rules.StandardRules.define;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.reformkit.core.model.CommitmentId;
import org.reformkit.core.model.DatePeriod;
import org.reformkit.core.model.FinanceKind;
import org.reformkit.core.model.FinanceTotal;
import org.reformkit.core.model.Finances;
import org.reformkit.core.model.FinancialLine;
import org.reformkit.core.model.FinancialLineId;
import org.reformkit.core.model.FundingSource;
import org.reformkit.core.model.Money;
import org.reformkit.core.model.ReformProgramme;

/** Rules on the money a report states: budgets against spending, totals, currencies. Internal. */
final class FinanceRules {
  private FinanceRules() {}

  static ImmutableList<Rule<?>> all() {
    return ImmutableList.of(overBudget(), totalSum(), currencyMixed(), savingWithoutPeriod());
  }

  static Rule<Finances> overBudget() {
    String code = "FINANCE_OVER_BUDGET";
    return define(
        Rule.builder(code, Finances.class)
            .severity(Severity.WARNING)
            .whenFactsMissing(MissingFacts.SKIP_IF_ANY_MISSING)
            .title("Expenditure does not exceed the approved budget of its scope and period")
            .description(
                "The expenditure lines of one scope (the same commitment, or the programme as a"
                    + " whole when none is named), one period and one funding source (or both not"
                    + " stated) are added up and compared with the approved-budget lines of the"
                    + " same scope, period and source; spending above the approved amount is"
                    + " reported. Lines without a period are never taken to cover the same period"
                    + " as another and are skipped; a scope with no approved budget or no"
                    + " expenditure is skipped; amounts in different currencies are not compared"
                    + " (MONEY_CURRENCY_MIXED reports that).")
            .messages(MessageKey.variants(code, "commitment", "programme")),
        (finances, at) -> {
          for (Scope scope : scopes(finances).values()) {
            if (scope.approved.isEmpty() || scope.spent.isEmpty() || scope.mixed()) {
              continue;
            }
            Money approved = sum(scope.approved);
            Money spent = sum(scope.spent);
            if (spent.compareAmount(approved) > 0) {
              at.report(
                  scope.key.variant(code), scope.key.values("spent", spent, "approved", approved));
            }
          }
        });
  }

  static Rule<FinanceTotal> totalSum() {
    String code = "FINANCE_TOTAL_SUM";
    return define(
        Rule.builder(code, FinanceTotal.class)
            .severity(Severity.ERROR)
            .whenFactsMissing(MissingFacts.SKIP_IF_ANY_MISSING)
            .title("A stated total of money equals the sum of its lines")
            .description(
                "A stated total whose amount differs in value from the sum of the lines it lists"
                    + " is reported (1.50 and 1.5 are the same value). Skipped when the total is"
                    + " checked without its programme, when it lists no lines, when a listed line"
                    + " does not exist (REFERENCE_UNRESOLVED reports that) or when the amounts are"
                    + " in different currencies (MONEY_CURRENCY_MIXED reports that).")
            .messages(MessageKey.of(code)),
        (total, at) -> {
          Optional<ReformProgramme> programme = at.programme();
          if (programme.isEmpty() || total.lines().isEmpty()) {
            return;
          }
          List<Money> amounts = new ArrayList<>();
          for (FinancialLineId lineId : total.lines()) {
            Optional<FinancialLine> line = programme.get().finances().line(lineId);
            if (line.isEmpty()) {
              return;
            }
            amounts.add(line.get().amount());
          }
          if (currencies(amounts, total.amount()).size() > 1) {
            return;
          }
          Money sum = sum(amounts);
          if (sum.compareAmount(total.amount()) != 0) {
            at.report(
                MessageKey.of(code),
                values(
                    "total", total.id(),
                    "stated", total.amount(),
                    "sum", sum,
                    "lines", total.lines()));
          }
        });
  }

  static Rule<Finances> currencyMixed() {
    String code = "MONEY_CURRENCY_MIXED";
    return define(
        Rule.builder(code, Finances.class)
            .severity(Severity.ERROR)
            .whenFactsMissing(MissingFacts.SKIP_IF_ANY_MISSING)
            .title("Amounts added or compared are in one currency")
            .description(
                "A stated total whose amount and lines are not all in one currency is reported,"
                    + " and so are the approved-budget and expenditure lines of one scope and"
                    + " period (as FINANCE_OVER_BUDGET groups them) when they are in different"
                    + " currencies: amounts in different currencies are never added or compared,"
                    + " and no exchange rate is assumed. Lines a total lists that do not exist are"
                    + " left out.")
            .messages(MessageKey.variants(code, "total", "commitment", "programme")),
        (finances, at) -> {
          for (FinanceTotal total : finances.totals()) {
            List<Money> amounts = new ArrayList<>();
            for (FinancialLineId lineId : total.lines()) {
              finances.line(lineId).ifPresent(line -> amounts.add(line.amount()));
            }
            Set<Currency> currencies = currencies(amounts, total.amount());
            if (currencies.size() > 1) {
              at.report(
                  at.path().key("totals", total.id()),
                  MessageKey.of(code, "total"),
                  values("total", total.id(), "currencies", codes(currencies)));
            }
          }
          for (Scope scope : scopes(finances).values()) {
            if (!scope.approved.isEmpty() && !scope.spent.isEmpty() && scope.mixed()) {
              List<Money> all = new ArrayList<>(scope.approved);
              all.addAll(scope.spent);
              at.report(
                  scope.key.variant(code),
                  scope.key.values("currencies", codes(currencies(all, all.get(0)))));
            }
          }
        });
  }

  static Rule<FinancialLine> savingWithoutPeriod() {
    String code = "SAVING_WITHOUT_PERIOD";
    return define(
        Rule.builder(code, FinancialLine.class)
            .severity(Severity.WARNING)
            .whenFactsMissing(MissingFacts.NEVER_SKIP)
            .title("A saving says the period it covers")
            .description(
                "A saving or efficiency gain with no stated period is reported: a saving of an"
                    + " amount means nothing until the report says over which year or biennium."
                    + " The absence of the period is the finding.")
            .messages(MessageKey.of(code)),
        (line, at) -> {
          if (line.kind() == FinanceKind.SAVING && line.period().isEmpty()) {
            at.report(MessageKey.of(code), values("line", line.id(), "amount", line.amount()));
          }
        });
  }

  /** The approved-budget and expenditure lines with a period, by scope, period and source. */
  private static Map<ScopeKey, Scope> scopes(Finances finances) {
    Map<ScopeKey, Scope> scopes = new LinkedHashMap<>();
    for (FinancialLine line : finances.lines()) {
      if (line.period().isEmpty() || !(line.kind().isApproval() || line.kind().isSpending())) {
        continue;
      }
      ScopeKey key = new ScopeKey(line.commitment(), line.period().get(), line.source());
      Scope scope = scopes.computeIfAbsent(key, Scope::new);
      (line.kind().isApproval() ? scope.approved : scope.spent).add(line.amount());
    }
    return scopes;
  }

  private static Set<Currency> currencies(List<Money> amounts, Money first) {
    Set<Currency> currencies = new LinkedHashSet<>();
    currencies.add(first.currency());
    for (Money amount : amounts) {
      currencies.add(amount.currency());
    }
    return currencies;
  }

  private static List<String> codes(Set<Currency> currencies) {
    List<String> codes = new ArrayList<>();
    for (Currency currency : currencies) {
      codes.add(currency.getCurrencyCode());
    }
    return codes;
  }

  /** The sum of amounts in one currency, of which there is at least one. */
  private static Money sum(List<Money> amounts) {
    Money sum = amounts.get(0);
    for (int i = 1; i < amounts.size(); i++) {
      sum = sum.plus(amounts.get(i));
    }
    return sum;
  }

  /** What spending is compared within: a commitment or the programme, a period, a source. */
  private record ScopeKey(
      Optional<CommitmentId> commitment, DatePeriod period, Optional<FundingSource> source) {
    /** The message of a rule on this scope: its commitment's, or the programme's. */
    MessageKey variant(String code) {
      return MessageKey.of(code, commitment.isPresent() ? "commitment" : "programme");
    }

    /** The values of a finding on this scope: its period, its commitment if any, and these. */
    ImmutableMap<String, Object> values(Object... namesAndValues) {
      ImmutableMap.Builder<String, Object> all = ImmutableMap.builder();
      all.put("period", period);
      all.putAll(Facts.values(namesAndValues));
      commitment.ifPresent(c -> all.put("commitment", c));
      return all.buildOrThrow();
    }
  }

  /** The approved and spent amounts of one scope. */
  private static final class Scope {
    final ScopeKey key;
    final List<Money> approved = new ArrayList<>();
    final List<Money> spent = new ArrayList<>();

    Scope(ScopeKey key) {
      this.key = key;
    }

    boolean mixed() {
      List<Money> all = new ArrayList<>(approved);
      all.addAll(spent);
      return currencies(all, all.get(0)).size() > 1;
    }
  }
}
