package org.reformkit.examples.dashboard;

import static org.reformkit.examples.dashboard.DashboardRenderer.num;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Locale;
import org.reformkit.core.analysis.MoneySummary;
import org.reformkit.core.model.CommitmentId;
import org.reformkit.core.model.ReformProgramme;

/**
 * The money section of the dashboard: for each commitment (or the programme), period and source
 * with both an approved budget and spending in one currency, a bar of what was spent against the
 * approved amount. Each row has its own scale, since amounts in different currencies are never
 * drawn against each other. Shown only for a report that states money.
 */
final class MoneySection {
  private static final double X0 = 260;
  private static final double WIDTH = 560;
  private static final double ROW = 34;

  private final Locale locale;
  private final DashboardText words;

  MoneySection(Locale locale, DashboardText words) {
    this.locale = locale;
    this.words = words;
  }

  void append(StringBuilder html, ReformProgramme programme, LocalDate asOf) {
    if (programme.finances().isEmpty()) {
      return;
    }
    MoneySummary money = MoneySummary.of(programme, asOf);
    StringBuilder bars = new StringBuilder();
    double y = 4;
    for (MoneySummary.Spending s : money.spentAgainstApproved()) {
      BigDecimal approved = s.approved().amount();
      BigDecimal spent = s.spent().amount();
      BigDecimal max = approved.max(spent);
      double approvedWidth = width(approved, max);
      double spentWidth = width(spent, max);
      boolean over = spent.compareTo(approved) > 0;
      String label =
          s.commitment().map(CommitmentId::value).orElse(words.get("programme"))
              + " · "
              + s.period();
      bars.append("<g class=\"spending")
          .append(over ? " over" : "")
          .append("\" transform=\"translate(0,")
          .append(num(y))
          .append(")\">\n<text class=\"label\" x=\"0\" y=\"17\">")
          .append(Html.escape(label))
          .append("</text>\n<rect class=\"approved\" x=\"")
          .append(num(X0))
          .append("\" y=\"2\" width=\"")
          .append(num(approvedWidth))
          .append("\" height=\"20\" fill=\"#edf2f7\" stroke=\"#4a5568\"><title>")
          .append(Html.escape(words.get("approved") + ": " + s.approved()))
          .append("</title></rect>\n<rect class=\"spent\" x=\"")
          .append(num(X0))
          .append("\" y=\"6\" width=\"")
          .append(num(spentWidth))
          .append("\" height=\"12\" fill=\"")
          .append(over ? "#c53030" : "#2f855a")
          .append("\"><title>")
          .append(Html.escape(words.get("spent") + ": " + s.spent()))
          .append("</title></rect>\n<text class=\"count\" x=\"")
          .append(num(X0 + WIDTH + 8))
          .append("\" y=\"17\">")
          .append(
              Html.escape(
                  s.sharePercent().map(p -> p.toPlainString() + "%").orElse("-")
                      + " · "
                      + s.spent()
                      + " / "
                      + s.approved()))
          .append("</text>\n</g>\n");
      y += ROW;
    }
    html.append("<section id=\"money\">\n<h2>")
        .append(Html.escape(words.get("money")))
        .append("</h2>\n<p class=\"note\">")
        .append(Html.escape(words.get("money note")))
        .append("</p>\n");
    if (money.spentAgainstApproved().isEmpty()) {
      html.append("<p class=\"none\">").append(Html.escape(words.get("no comparison")));
      html.append("</p>\n");
    } else {
      double height = y + 4;
      html.append("<svg class=\"money\" role=\"img\" width=\"")
          .append(num(DashboardRenderer.WIDTH))
          .append("\" height=\"")
          .append(num(height))
          .append("\" viewBox=\"0 0 ")
          .append(num(DashboardRenderer.WIDTH))
          .append(' ')
          .append(num(height))
          .append("\">\n<title>")
          .append(Html.escape(words.get("money note")))
          .append("</title>\n")
          .append(bars)
          .append("</svg>\n");
    }
    html.append("<pre class=\"money-lines\">")
        .append(Html.escape(money.toTable(locale).toString()))
        .append("</pre>\n</section>\n");
  }

  /** The width of an amount on a row scaled to its larger amount; none for a zero or less. */
  private static double width(BigDecimal amount, BigDecimal max) {
    if (max.signum() <= 0 || amount.signum() <= 0) {
      return 0;
    }
    return amount.divide(max, MathContext.DECIMAL64).doubleValue() * WIDTH;
  }
}
