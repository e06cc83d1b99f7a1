package org.reformkit.examples.dashboard;

import static org.reformkit.examples.dashboard.DashboardRenderer.num;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.reformkit.core.analysis.IndicatorProgress;
import org.reformkit.core.analysis.IndicatorRow;
import org.reformkit.core.analysis.IndicatorStatus;
import org.reformkit.core.model.Direction;
import org.reformkit.core.model.Indicator;
import org.reformkit.core.model.IndicatorValue;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.Measurement;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.Target;

/**
 * The indicators section of the dashboard: each indicator as a progress bar from its latest
 * measurement towards its latest target, with the figures beside it; no bar where the progress
 * cannot be worked out from what the report states. More than {@link
 * DashboardRenderer#INDICATOR_ROWS} indicators: those off track or at risk first, the rest counted
 * by status.
 */
final class IndicatorsSection {
  private final Locale locale;
  private final DashboardText words;

  private final boolean all;

  IndicatorsSection(Locale locale, DashboardText words, boolean all) {
    this.locale = locale;
    this.words = words;
    this.all = all;
  }

  void append(StringBuilder html, ReformProgramme programme, LocalDate day) {
    html.append("<section id=\"indicators\">\n<h2>")
        .append(esc(words.get("indicators")))
        .append("</h2>\n");
    List<Indicator> drawn = programme.indicators();
    Optional<String> others = Optional.empty();
    if (!all && drawn.size() > DashboardRenderer.INDICATOR_ROWS) {
      Map<String, Indicator> byId = new HashMap<>();
      programme.indicators().forEach(i -> byId.put(i.id().toString(), i));
      List<IndicatorRow> rows = IndicatorProgress.of(programme, day).rowsInTroubleFirst();
      drawn = new ArrayList<>();
      for (IndicatorRow row : rows.subList(0, DashboardRenderer.INDICATOR_ROWS)) {
        drawn.add(byId.get(row.path().steps().get(0).key().orElseThrow()));
      }
      Map<IndicatorStatus, Integer> byStatus = new EnumMap<>(IndicatorStatus.class);
      rows.subList(DashboardRenderer.INDICATOR_ROWS, rows.size())
          .forEach(r -> byStatus.merge(r.status(), 1, Integer::sum));
      List<String> counts = new ArrayList<>();
      byStatus.forEach((status, n) -> counts.add(status.label().in(locale) + " " + n));
      others =
          Optional.of(
              words.format(
                  "other indicators",
                  rows.size() - DashboardRenderer.INDICATOR_ROWS,
                  String.join(", ", counts)));
    }
    for (Indicator indicator : drawn) {
      Optional<Measurement> latest =
          indicator.measurements().isEmpty()
              ? Optional.empty()
              : Optional.of(indicator.measurements().get(indicator.measurements().size() - 1));
      Optional<Target> target =
          indicator.targets().isEmpty()
              ? Optional.empty()
              : Optional.of(indicator.targets().get(indicator.targets().size() - 1));
      Optional<Double> progress =
          latest.flatMap(m -> target.flatMap(tg -> progress(indicator, m.value(), tg.value())));
      html.append("<div class=\"indicator\" id=\"indicator-")
          .append(esc(indicator.id().toString()))
          .append("\">\n<div class=\"name\">")
          .append(esc(t(indicator.name())))
          .append("</div>\n<div class=\"bar")
          .append(target.isEmpty() ? " no-target" : "")
          .append("\">");
      if (progress.isPresent()) {
        double share = progress.get();
        html.append("<div class=\"fill")
            .append(share > 1 ? " over" : "")
            .append("\" style=\"width:")
            .append(num(Math.min(Math.max(share, 0), 1) * 100))
            .append("%\"></div>");
      }
      html.append("</div>\n<div class=\"figures\">");
      List<String> figures = new ArrayList<>();
      figures.add(
          latest
              .map(
                  m ->
                      words.get("latest")
                          + " "
                          + value(m.value())
                          + " ("
                          + words.date(m.date())
                          + ")")
              .orElse(words.get("no measurement")));
      figures.add(
          target
              .map(
                  tg ->
                      words.get("target")
                          + " "
                          + value(tg.value())
                          + tg.due().map(d -> " (" + words.date(d) + ")").orElse(""))
              .orElse(words.get("no target")));
      progress.ifPresent(p -> figures.add(num(p * 100) + "%"));
      html.append(esc(String.join(" · ", figures))).append("</div>\n</div>\n");
    }
    others.ifPresent(
        note -> html.append("<p class=\"note others\">").append(esc(note)).append("</p>\n"));
    html.append("</section>\n");
  }

  private static Optional<Double> progress(
      Indicator indicator, IndicatorValue value, IndicatorValue target) {
    if (value.kind() != target.kind() || value.number().isEmpty() || target.number().isEmpty()) {
      return Optional.empty();
    }
    BigDecimal v = value.number().get();
    BigDecimal goal = target.number().get();
    if (indicator.direction() == Direction.LOWER_IS_BETTER) {
      Optional<BigDecimal> base = indicator.baseline().flatMap(b -> b.value().number());
      if (base.isEmpty() || base.get().compareTo(goal) == 0) {
        return Optional.empty();
      }
      return Optional.of(
          base.get()
              .subtract(v)
              .divide(base.get().subtract(goal), 4, RoundingMode.HALF_UP)
              .doubleValue());
    }
    if (goal.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(v.divide(goal, 4, RoundingMode.HALF_UP).doubleValue());
  }

  private String value(IndicatorValue value) {
    return value.text().map(this::t).orElseGet(value::toString);
  }

  private String t(LocalizedText text) {
    return text.in(locale);
  }

  private static String esc(String text) {
    return Html.escape(text);
  }
}
