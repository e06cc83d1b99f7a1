package org.reformkit.examples.who;

import java.math.BigDecimal;
import org.reformkit.core.model.DatePeriod;
import org.reformkit.core.model.FinanceKind;
import org.reformkit.core.model.Finances;
import org.reformkit.core.model.FinancialLine;
import org.reformkit.core.model.FinancialLineId;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.Money;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.ProgrammeId;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.Statement;
import org.reformkit.core.model.StatementId;
import org.reformkit.core.model.StatementKind;

/**
 * Money in a reform report, as data: the budget figures of the WHO Regional Office for the Eastern
 * Mediterranean in its Regional Director's annual report for 2015, on the page "Implementing WHO
 * management reforms" (see {@link #SOURCE}).
 *
 * <p>The page has no document symbol, so this is a programme rather than a governing-body report.
 * Paragraph 2 gives two budgets of the biennium 2014–2015 as amounts (the regional base budget, US$
 * 268 million, and the allocated emergency budget, US$ 585 million); everything else it says of
 * money is a percentage (funded to 84% and 89%, used to 83% and 85%), from which no amount is
 * derived: the model holds no expenditure, so "spent against approved" is not stated. The page's
 * facts, with what is left not stated, ship beside it as {@code who-emro-2015.facts.txt}.
 *
 * <pre>{@code
 * ReformProgramme emro = WhoEmro2015.programme();
 * emro.finances().lines().get(0).amount();   // USD 268000000
 * }</pre>
 */
public final class WhoEmro2015 {
  /** Where the public text was read. */
  public static final String SOURCE =
      "https://who-j40.corephp.org/annual-report/2015/who-management-reforms.html";

  /** The regional base budget of the biennium 2014–2015 (paragraph 2). */
  public static final FinancialLineId BASE_BUDGET = FinancialLineId.of("base-budget");

  /** The allocated emergency budget of the biennium 2014–2015 (paragraph 2). */
  public static final FinancialLineId EMERGENCY_BUDGET = FinancialLineId.of("emergency-budget");

  private static final DatePeriod BIENNIUM =
      DatePeriod.between(PartialDate.ofYear(2014), PartialDate.ofYear(2015));

  private WhoEmro2015() {}

  /**
   * Returns the Regional Office's management reforms with the money its 2015 annual report states.
   *
   * @return the programme
   */
  public static ReformProgramme programme() {
    return ReformProgramme.builder()
        .id(ProgrammeId.of("who-emro-management-reforms"))
        .name(en("Implementing WHO management reforms in the Eastern Mediterranean Region"))
        .organization(
            en("World Health Organization, Regional Office for the Eastern Mediterranean"))
        .addParagraphs(1, 2)
        .finances(
            Finances.builder()
                .addLine(
                    line(
                        BASE_BUDGET,
                        FinanceKind.APPROVED_BUDGET,
                        "Regional base budget, 2014-2015 (funded to 84%)",
                        "268000000"))
                .addLine(
                    line(
                        EMERGENCY_BUDGET,
                        FinanceKind.ALLOCATION,
                        "Allocated emergency budget, 2014-2015 (funded at 89%)",
                        "585000000"))
                .build())
        .addStatement(
            Statement.builder()
                .id(StatementId.of("utilization"))
                .kind(StatementKind.FINDING)
                .text(
                    en(
                        "At the close of 2014-2015 the base budget was used to 83% (expenditures and"
                            + " encumbrances) and the emergency budget to 85%; 97% of the funds"
                            + " available at regional level were used."))
                .addParagraph(2)
                .build())
        .build();
  }

  private static FinancialLine line(
      FinancialLineId id, FinanceKind kind, String description, String usd) {
    return FinancialLine.builder()
        .id(id)
        .kind(kind)
        .description(en(description))
        .amount(Money.of("USD", new BigDecimal(usd)))
        .period(BIENNIUM)
        .addParagraph(2)
        .build();
  }

  private static LocalizedText en(String text) {
    return LocalizedText.of("en", text);
  }
}
