package org.reformkit.json;

import org.reformkit.core.model.CommitmentId;
import org.reformkit.core.model.FinanceKind;
import org.reformkit.core.model.FinanceTotal;
import org.reformkit.core.model.FinanceTotalId;
import org.reformkit.core.model.Finances;
import org.reformkit.core.model.FinancialLine;
import org.reformkit.core.model.FinancialLineId;
import org.reformkit.core.model.FundingSource;
import org.reformkit.core.model.Recurrence;
import org.reformkit.core.model.Risk;
import org.reformkit.core.model.RiskId;
import org.reformkit.core.model.RiskStatus;
import org.reformkit.core.model.RiskTrend;

/**
 * Binds a programme's finances (financial lines and stated totals of money) and its risks as they
 * stream from the parser, calling the model's builders. Amounts are JSON strings ({@code "USD
 * 12500000.50"}) parsed by the model, never numbers. Each method starts on the first token of its
 * value and leaves the parser on the last. Internal.
 */
final class MoneyBinder {
  private static final Words<FinanceKind> KIND_WORDS = Words.of(FinanceKind.class);
  private static final Words<Recurrence> RECURRENCE_WORDS = Words.of(Recurrence.class);
  private static final Words<FundingSource> SOURCE_WORDS = Words.of(FundingSource.class);
  private static final Words<RiskTrend> TREND_WORDS = Words.of(RiskTrend.class);
  private static final Words<RiskStatus> STATUS_WORDS = Words.of(RiskStatus.class);

  private MoneyBinder() {}

  static Finances finances(Reading r) {
    Parsing.Obj o = r.begin(Formats.FINANCES);
    Finances.Builder b = Finances.builder();
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case Names.LINES -> r.each(b::addLine, () -> financialLine(r));
        case Names.TOTALS -> r.each(b::addTotal, () -> financeTotal(r));
        default -> o.unknown(name);
      }
    }
    return o.build(b::build);
  }

  static FinancialLine financialLine(Reading r) {
    Parsing.Obj o = r.begin(Formats.FINANCIAL_LINE);
    FinancialLine.Builder b = FinancialLine.builder();
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case Names.ID -> b.id(r.id(FinancialLineId::of));
        case Names.DESCRIPTION -> b.description(r.text());
        case Names.KIND -> b.kind(r.enumValue(KIND_WORDS, "financial line kind"));
        case Names.AMOUNT -> b.amount(r.money());
        case Names.RECURRENCE -> b.recurrence(r.enumValue(RECURRENCE_WORDS, "recurrence"));
        case Names.PERIOD -> b.period(r.period());
        case Names.SOURCE -> b.source(r.enumValue(SOURCE_WORDS, "funding source"));
        case Names.COMMITMENT -> b.commitment(r.id(CommitmentId::of));
        case Names.PARAGRAPHS -> r.each(b::addParagraph, r::paragraph);
        default -> o.unknown(name);
      }
    }
    return o.build(b::build);
  }

  static FinanceTotal financeTotal(Reading r) {
    Parsing.Obj o = r.begin(Formats.FINANCE_TOTAL);
    FinanceTotal.Builder b = FinanceTotal.builder();
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case Names.ID -> b.id(r.id(FinanceTotalId::of));
        case Names.DESCRIPTION -> b.description(r.text());
        case Names.AMOUNT -> b.amount(r.money());
        case Names.LINES -> r.each(b::addLine, () -> r.id(FinancialLineId::of));
        case Names.PARAGRAPHS -> r.each(b::addParagraph, r::paragraph);
        default -> o.unknown(name);
      }
    }
    return o.build(b::build);
  }

  static Risk risk(Reading r) {
    Parsing.Obj o = r.begin(Formats.RISK);
    Risk.Builder b = Risk.builder();
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case Names.ID -> b.id(r.id(RiskId::of));
        case Names.DESCRIPTION -> b.description(r.text());
        case Names.CATEGORY -> b.category(r.text());
        case Names.LIKELIHOOD -> b.likelihood(r.riskRating());
        case Names.IMPACT -> b.impact(r.riskRating());
        case Names.TREND -> b.trend(r.enumValue(TREND_WORDS, "risk trend"));
        case Names.MITIGATION -> b.mitigation(r.text());
        case Names.OWNER -> b.owner(r.orgUnit());
        case Names.IDENTIFIED -> b.identified(r.partialDate());
        case Names.STATUS -> b.status(r.enumValue(STATUS_WORDS, "risk status"));
        case Names.COMMITMENTS -> r.each(b::addCommitment, () -> r.id(CommitmentId::of));
        case Names.PARAGRAPHS -> r.each(b::addParagraph, r::paragraph);
        default -> o.unknown(name);
      }
    }
    return o.build(b::build);
  }
}
