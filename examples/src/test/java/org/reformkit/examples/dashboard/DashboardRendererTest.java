package org.reformkit.examples.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.reformkit.core.model.Direction;
import org.reformkit.core.model.Indicator;
import org.reformkit.core.model.IndicatorId;
import org.reformkit.core.model.IndicatorValue;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.Location;
import org.reformkit.core.model.Measure;
import org.reformkit.core.model.MeasureKind;
import org.reformkit.core.model.Measurement;
import org.reformkit.core.model.OriginKind;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.PostCategory;
import org.reformkit.core.model.PostLine;
import org.reformkit.core.model.PostLineId;
import org.reformkit.core.model.PostOrigin;
import org.reformkit.core.model.PostShare;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.Target;
import org.reformkit.core.rules.Finding;
import org.reformkit.core.rules.RuleSet;
import org.reformkit.core.rules.ValidationResult;
import org.reformkit.examples.SeedReport;
import org.reformkit.examples.dashboard.FindingRow.Severity;

class DashboardRendererTest {
  private static final ProgressReport SEED = SeedReport.november2015();
  private final String english = DashboardRenderer.of(Locale.ENGLISH).render(SEED, List.of());

  @Test
  void pageIsOneSelfContainedHtmlDocumentWithoutScriptOrNetworkResource() {
    assertThat(english)
        .startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    assertThat(english).endsWith("</body>\n</html>\n");
    assertThat(english.toLowerCase(Locale.ROOT))
        .doesNotContain(
            "<script", "<link", "<img", "@import", "http:", "https:", "//", "javascript:");
    assertThat(english).doesNotContainPattern("url\\((?!#)");
    assertThat(count(english, "<section id=\"")).isEqualTo(4);
    assertThat(all(english, "<section id=\"([a-z]+)\""))
        .containsExactly("timeline", "indicators", "posts", "findings");
  }

  @Test
  void everyElementIdIsUnique() {
    List<String> ids = all(english, " id=\"([^\"]+)\"");
    assertThat(ids).doesNotHaveDuplicates().contains("planned-fade-left", "hatch");
  }

  @Test
  void headerNamesTheSymbolTitleAsOfDateAndPreviousReport() {
    assertThat(english)
        .contains(
            "<title>GB.325/INS/15/1 · First supplementary report: Update on the internal reform</title>")
        .contains("<p class=\"symbol\">GB.325/INS/15/1 · Report of the Director-General</p>")
        .contains("<h1>First supplementary report: Update on the internal reform</h1>")
        .contains(
            "<p class=\"as-of\">Reform progress dashboard · As of 2015-11 · Previous report: The report"
                + " of March 2015</p>");
  }

  @Test
  void timelineHasOneRowForTheProgrammeEachCommitmentPhaseAndMilestoneInOrder() {
    assertThat(count(english, "<svg class=\"timeline\"")).isEqualTo(1);
    assertThat(all(english, "<g class=\"row ([a-z]+ [a-z-]+)\""))
        .containsExactly(
            "programme in-progress",
            "commitment in-progress",
            "phase completed",
            "phase completed",
            "phase in-progress",
            "phase not-started",
            "phase not-started",
            "commitment in-progress",
            "milestone in-progress",
            "commitment in-progress",
            "milestone not-started",
            "commitment in-progress",
            "commitment in-progress",
            "commitment in-progress",
            "commitment in-progress",
            "commitment in-progress");
    assertThat(all(english, "<text class=\"label\" x=\"\\d+\" y=\"19\">([^<]*)</text>"))
        .startsWith(
            "Internal reform agenda",
            "Review of administrative business processes",
            "(a) Data collection",
            "(b) Process analysis",
            "(c) Process redesign and options",
            "(d) Review and approval of the new processes");
  }

  @Test
  void aCommitmentWhoseStatusIsNotStatedIsDrawnAsNotStated() {
    org.reformkit.core.model.ReformProgramme programme = SEED.programme();
    org.reformkit.core.model.ProgressReport unstated =
        SEED.withProgramme(
            programme.withCommitments(
                programme.commitments().stream()
                    .map(c -> c.withStatus(java.util.Optional.empty()))
                    .toList()));

    String html = DashboardRenderer.of(Locale.ENGLISH).render(unstated, List.of());
    String chinese = DashboardRenderer.of(Locale.CHINESE).render(unstated, List.of());

    assertThat(count(html, "<g class=\"row commitment not-stated\"")).isEqualTo(8);
    assertThat(html).contains(" · status not stated</title>");
    assertThat(chinese).contains(" · 状态未说明</title>");
    assertThat(count(english, "not-stated\"")).isZero();
  }

  @Test
  void axisRunsFromTheEarliestYearToAYearAfterTheLatestSoThatOpenEndsHaveRoom() {
    assertThat(all(english, "<text class=\"year\" x=\"[0-9.]+\" y=\"18\">(\\d{4})</text>"))
        .containsExactly("2012", "2013", "2014", "2015", "2016", "2017");
    assertThat(english)
        .contains(
            "<line class=\"year\" x1=\"330\" y1=\"22\"",
            "<line class=\"year\" x1=\"950\" y1=\"22\"");
  }

  @Test
  void asOfDateKnownToTheMonthIsABandOverThatMonth() {
    assertThat(english)
        .contains(
            "<g class=\"as-of\"><title>As of 2015-11</title><rect class=\"as-of\" x=\"726\" y=\"24\""
                + " width=\"8.5\" height=\"500\"/>");
  }

  @Test
  void phasesWithoutDatesAreListedAndSayThatNoDatesAreStated() {
    String dataCollection = rowOf(english, "(a) Data collection");
    assertThat(dataCollection).doesNotContain("<rect").contains(">no dates stated</text>");
  }

  @Test
  void plannedStartKnownToTheYearIsAYearBandWithAnOpenEnd() {
    String implementation = rowOf(english, "(e) Implementation");
    assertThat(implementation)
        .contains(
            "<g class=\"span planned\">\n"
                + "<rect class=\"band\" x=\"743.2\" y=\"4\" width=\"103.5\" height=\"7\"/>\n"
                + "<rect class=\"open-right\" x=\"846.8\" y=\"4\" width=\"103.2\" height=\"7\""
                + " fill=\"url(#planned-fade-right)\"/>\n"
                + "</g>")
        .contains(">planned 2016 – …</text>")
        .doesNotContain("span actual");
  }

  @Test
  void ongoingWorkWithAMonthStartIsDrawnFromThatMonthToTheAsOfDate() {
    String review = rowOf(english, "Review of administrative business processes");
    assertThat(review)
        .contains(
            "<g class=\"span actual\">\n"
                + "<rect class=\"band\" x=\"656.7\" y=\"13\" width=\"8.8\" height=\"12\"/>\n"
                + "<rect class=\"body\" x=\"665.5\" y=\"13\" width=\"60.5\" height=\"12\"/>\n"
                + "</g>")
        .contains(">actual from 2015-03 – so far</text>");
  }

  @Test
  void aboutDateIsADashedBand() {
    assertThat(rowOf(english, "Internal reform agenda"))
        .contains("<rect class=\"band about\" x=\"330\" y=\"13\" width=\"103.5\" height=\"12\"/>")
        .contains(">actual about 2012 – so far</text>");
  }

  @Test
  void dueByTheEndOfAYearHasNoInventedStartAndEndsAtTheEndOfThatYear() {
    String quality = rowOf(english, "Improving the quality assurance and monitorin…");
    assertThat(quality)
        .contains(
            "<g class=\"span planned\">\n"
                + "<rect class=\"open-left\" x=\"330\" y=\"4\" width=\"310\" height=\"7\""
                + " fill=\"url(#planned-fade-left)\"/>\n"
                + "<rect class=\"band\" x=\"640\" y=\"4\" width=\"103.2\" height=\"7\"/>\n"
                + "</g>")
        .contains(">planned … – by 2015</text>");
  }

  @Test
  void milestoneIsADiamondAtTheLatestDayItCanBeOn() {
    String remaining = rowOf(english, "◆ Continue work on the remaining items of t…");
    assertThat(remaining)
        .contains("<rect class=\"band\" x=\"640\" y=\"8\" width=\"103.2\" height=\"14\"/>")
        .contains("<polygon class=\"milestone\" points=\"743.2,7 750.2,15 743.2,23 736.2,15\"/>")
        .contains(">by 2015</text>");
  }

  @Test
  void indicatorWithoutTargetOrWithoutMeasurementHasNoFill() {
    assertThat(english)
        .contains(
            "<div class=\"indicator\" id=\"indicator-bpr-interviews\">\n"
                + "<div class=\"name\">In-depth staff interviews in data collection</div>\n"
                + "<div class=\"bar no-target\"></div>\n"
                + "<div class=\"figures\">latest 75 (by 2015-11) · no target stated</div>\n"
                + "</div>")
        .contains(
            "<div class=\"indicator\" id=\"indicator-flagship-programmes\">\n"
                + "<div class=\"name\">Development cooperation flagship programmes developed</div>\n"
                + "<div class=\"bar\"></div>\n"
                + "<div class=\"figures\">no measurement yet · target 5</div>\n"
                + "</div>");
  }

  @Test
  void indicatorWithMeasurementAndTargetIsFilledInProportion() {
    Indicator flagships =
        SEED.programme()
            .indicator(IndicatorId.of("flagship-programmes"))
            .orElseThrow()
            .withMeasurements(
                Measurement.builder()
                    .value(IndicatorValue.count(3))
                    .date(PartialDate.ofMonth(2016, 3))
                    .build());
    String html = render(SEED.withProgramme(SEED.programme().withIndicators(flagships)));
    assertThat(html)
        .contains(
            "<div class=\"bar\"><div class=\"fill\" style=\"width:60%\"></div></div>\n"
                + "<div class=\"figures\">latest 3 (2016-03) · target 5 · 60%</div>");
  }

  @Test
  void lowerIsBetterIndicatorMeasuresProgressFromTheBaseline() {
    Indicator vacancies =
        Indicator.builder()
            .id(IndicatorId.of("vacancy-days"))
            .name(LocalizedText.of("en", "Days to fill a vacancy"))
            .measure(Measure.of(MeasureKind.NUMBER))
            .direction(Direction.LOWER_IS_BETTER)
            .baseline(
                org.reformkit.core.model.Baseline.builder()
                    .value(IndicatorValue.number(java.math.BigDecimal.valueOf(200)))
                    .build())
            .addTarget(
                Target.builder()
                    .value(IndicatorValue.number(java.math.BigDecimal.valueOf(100)))
                    .build())
            .addMeasurement(
                Measurement.builder()
                    .value(IndicatorValue.number(java.math.BigDecimal.valueOf(175)))
                    .date(PartialDate.ofYear(2016))
                    .build())
            .build();
    String html = render(SEED.withProgramme(SEED.programme().withIndicators(vacancies)));
    assertThat(html).contains("<div class=\"fill\" style=\"width:25%\"></div>");
  }

  @Test
  void postsAreGroupedByLocationAndAnUnstatedShareGetsNoWidth() {
    assertThat(count(english, "<g class=\"location\"")).isEqualTo(2);
    assertThat(english)
        .contains(
            "<rect class=\"origin new\" x=\"200\" y=\"2\" width=\"620\" height=\"20\"><title>new: 22</title></rect>")
        .contains("<text class=\"count\" x=\"826\" y=\"17\">22 (new 22)</text>")
        .contains(
            "<rect class=\"origin new\" x=\"200\" y=\"2\" width=\"479.1\" height=\"20\"><title>new: 17</title></rect>")
        .contains(
            "? of which transferred from International Institute for Labour Studies: some (number"
                + " not stated)</text></g>")
        .doesNotContain("class=\"share known\"");
  }

  @Test
  void statedShareIsAHatchedPartOfItsWidth() {
    PostLine redeployed =
        PostLine.builder()
            .id(PostLineId.of("regional"))
            .count(10)
            .location(Location.field())
            .category(PostCategory.TECHNICAL)
            .origin(PostOrigin.of(OriginKind.REDEPLOYED))
            .addOfWhich(PostShare.of(PostOrigin.of(OriginKind.EXISTING), 4))
            .build();
    String html = render(SEED.withProgramme(SEED.programme().withPostLines(redeployed)));
    assertThat(html)
        .contains(
            "<rect class=\"origin redeployed\" x=\"200\" y=\"2\" width=\"620\" height=\"20\">")
        .contains(
            "<rect class=\"share known\" x=\"200\" y=\"2\" width=\"248\" height=\"20\" fill=\"url(#hatch)\"/>")
        .contains(">of which existing: 4</text>");
  }

  @Test
  void noFindingsSaysSo() {
    assertThat(english).contains("<h2>Findings (0)</h2>\n<p class=\"none\">No findings.</p>");
  }

  @Test
  void findingsAreATableInTheGivenOrderWithEveryTextEscaped() {
    List<FindingRow> findings =
        List.of(
            new FindingRow(
                "POST_TOTAL", Severity.ERROR, "postTotals[all]", "22 + 17 <> 40 & 'more'"),
            new FindingRow(
                "PHASE_ORDER",
                Severity.WARNING,
                "commitments[bpr].phases[c]",
                "<script>alert(\"x\")</script>"));
    String html = DashboardRenderer.of(Locale.ENGLISH).render(SEED, findings);
    assertThat(html)
        .contains("<h2>Findings (2)</h2>")
        .contains(
            "<tr class=\"error\"><td>error</td><td><code>POST_TOTAL</code></td><td><code>postTotals[all]</code></td>"
                + "<td>22 + 17 &lt;&gt; 40 &amp; &#39;more&#39;</td></tr>\n"
                + "<tr class=\"warning\"><td>warning</td><td><code>PHASE_ORDER</code></td>"
                + "<td><code>commitments[bpr].phases[c]</code></td>"
                + "<td>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</td></tr>")
        .doesNotContain("<script");
  }

  @Test
  void findingsOfTheRuleEngineAreShownInTheirOrderAndLanguage() {
    ValidationResult result = RuleSet.standard().validate(SEED, Locale.CHINESE);
    String html = DashboardRenderer.of(Locale.CHINESE).render(SEED, result);
    assertThat(result.findings()).isNotEmpty();
    assertThat(html)
        .isEqualTo(
            DashboardRenderer.of(Locale.CHINESE)
                .render(SEED, FindingRow.of(result, Locale.CHINESE)))
        .contains("(" + result.findings().size() + ")</h2>")
        .contains("<code>" + result.findings().get(0).code() + "</code>")
        .contains(Html.escape(result.findings().get(0).message()));
  }

  @Test
  void findingRowOfAFindingKeepsCodeSeverityPathMessageAndValues() {
    Finding finding = RuleSet.standard().validate(SEED, Locale.ENGLISH).findings().get(0);
    FindingRow row = FindingRow.of(finding, Locale.ENGLISH);
    assertThat(row.code()).isEqualTo(finding.code());
    assertThat(row.severity().name()).isEqualTo(finding.severity().name());
    assertThat(row.path()).isEqualTo(finding.path().toString());
    assertThat(row.message()).isEqualTo(finding.message());
    assertThat(row.values()).containsOnlyKeys(finding.values().keySet());
  }

  @Test
  void reportTextsAreEscapedEverywhere() {
    ProgressReport hostile =
        SEED.withProgramme(
            SEED.programme().withName(LocalizedText.of("en", "A <b>bold</b> & \"quoted\" plan")));
    String html = render(hostile);
    assertThat(html)
        .contains(">A &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; plan</text>")
        .doesNotContain("<b>");
  }

  @Test
  void chinesePageUsesChineseWordsAndTheReportsChineseTexts() {
    String chinese = DashboardRenderer.of(Locale.CHINESE).render(SEED, List.of());
    assertThat(chinese)
        .startsWith("<!DOCTYPE html>\n<html lang=\"zh\">")
        .contains("<h1>第一份补充报告：内部改革的最新情况</h1>")
        .contains("<h2>时间表</h2>", "<h2>指标</h2>", "<h2>职位</h2>", "<h2>检查结果 (0)</h2>")
        .contains(">(a) 收集数据</text>")
        .contains("<title>(a) 收集数据 · 已完成</title>")
        .contains(">实际 2015-03 起 – 至今</text>")
        .contains(">计划 … – 2015 或之前</text>")
        .contains("? 其中 转入 来自 国际劳工研究所: 部分 (数目未说明)")
        .contains("<p class=\"none\">没有检查结果。</p>");
  }

  @Test
  void frenchPageUsesFrenchWords() {
    String french =
        DashboardRenderer.of(Locale.FRENCH)
            .render(SEED, RuleSet.standard().validate(SEED, Locale.FRENCH));
    assertThat(french)
        .startsWith("<!DOCTYPE html>\n<html lang=\"fr\">")
        .contains("Tableau de bord de la réforme · À la date du 2015-11")
        .contains("<h2>Calendrier</h2>", "<h2>Indicateurs</h2>", "<h2>Postes</h2>")
        .contains("<h2>Constats (9)</h2>", "<td>avertissement</td>")
        .contains(" · achevé</title>")
        .contains(">réel à partir de 2015-03 – jusqu’ici</text>")
        .contains(">prévu … – au plus tard 2015</text>")
        .doesNotContain("<h2>Timeline</h2>", "<h2>Findings");
  }

  @Test
  void spanishPageUsesSpanishWordsAndAnyOtherLanguageEnglish() {
    String spanish = DashboardRenderer.of(Locale.forLanguageTag("es")).render(SEED, List.of());
    assertThat(spanish)
        .startsWith("<!DOCTYPE html>\n<html lang=\"es\">")
        .contains("Tablero de avance de la reforma · A fecha de 2015-11")
        .contains("<h2>Calendario</h2>", "<h2>Indicadores</h2>", "<h2>Puestos</h2>")
        .contains("<h2>Hallazgos (0)</h2>", "<p class=\"none\">Sin hallazgos.</p>")
        .contains(">previsto … – a más tardar 2015</text>")
        .contains(" · terminado</title>");
    assertThat(DashboardRenderer.of(Locale.GERMAN).render(SEED, List.of()))
        .startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
        .contains("<h2>Timeline</h2>");
  }

  @Test
  void asOfCanBeOverriddenAndRenderingIsDeterministic() {
    DashboardRenderer renderer =
        DashboardRenderer.of(Locale.ENGLISH)
            .withAsOf(PartialDate.ofDay(java.time.LocalDate.of(2016, 3, 15)));
    String html = renderer.render(SEED, List.of());
    assertThat(html)
        .contains("<title>As of 2016-03-15</title><rect class=\"as-of\"")
        .contains(" width=\"2\" height=\"500\"/>");
    assertThat(renderer.render(SEED, List.of())).isEqualTo(html);
  }

  @Test
  void longLabelsAreShortenedByDisplayWidth() {
    assertThat(DashboardRenderer.fit("short", 10)).isEqualTo("short");
    assertThat(DashboardRenderer.fit("abcdefghijkl", 10)).isEqualTo("abcdefghi…");
    assertThat(DashboardRenderer.fit("国别政策诊断工具和体面劳动", 10)).isEqualTo("国别政策…");
  }

  private static String render(ProgressReport report) {
    return DashboardRenderer.of(Locale.ENGLISH).render(report, List.of());
  }

  private static String rowOf(String html, String label) {
    int at = html.indexOf(">" + label.replace("&", "&amp;") + "</text>");
    assertThat(at).as("row labelled %s", label).isPositive();
    int start = html.lastIndexOf("<g class=\"row ", at);
    int end = html.indexOf("</text>\n</g>\n", html.indexOf("<text class=\"dates\"", at));
    return html.substring(start, end + "</text>\n</g>\n".length());
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      count++;
    }
    return count;
  }

  private static List<String> all(String text, String regex) {
    List<String> found = new ArrayList<>();
    Matcher matcher = Pattern.compile(regex).matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }
}
