package org.reformkit.examples.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformkit.core.analysis.Analyses;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.rules.RuleSet;
import org.reformkit.core.series.ReportSeries;
import org.reformkit.examples.March2015Snapshot;
import org.reformkit.examples.SeedReport;
import org.reformkit.examples.who.WhoReform2016;

/**
 * Renders the seed dashboard, and the dashboard of the WHO paper EB138/5, in headless Chromium.
 * Without Chromium the test is skipped on a developer machine and fails when {@code CI} is set
 * ({@code .ci/install-chromium} installs it). The English screenshot is left in {@code
 * target/dashboard-seed.png}; {@code docs/dashboard-seed.png} is a copy of it.
 */
class DashboardBrowserTest {
  private static final int WIDTH = 1280;
  private static final int HEIGHT = 2000;

  @TempDir Path dir;

  private HeadlessChromium chromium;

  @BeforeEach
  void findChromium() {
    chromium = HeadlessChromium.findOrSkip(dir);
  }

  @Test
  void seedDashboardScreenshotIsNotBlankAndShowsTheTimelineAndItsAsOfBand() throws Exception {
    Path png = screenshot(Locale.ENGLISH, "dashboard-seed.png");
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image).as("a PNG that ImageIO can decode").isNotNull();
    assertThat(image.getWidth()).isEqualTo(WIDTH);
    assertThat(image.getHeight()).isEqualTo(HEIGHT);

    Set<Integer> colours = new HashSet<>();
    long nonWhite = 0;
    int tallestRedColumn = 0;
    long actualBlue = 0;
    for (int x = 0; x < image.getWidth(); x++) {
      int redRun = 0;
      for (int y = 0; y < image.getHeight(); y++) {
        int rgb = image.getRGB(x, y) & 0xFFFFFF;
        colours.add(rgb);
        int r = rgb >> 16;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        if (rgb != 0xFFFFFF) {
          nonWhite++;
        }
        // the as-of band: #c53030 at 75 % over white, a vertical run through every timeline row
        if (r > 170 && g < 140 && b < 140 && r - g > 60) {
          redRun++;
          tallestRedColumn = Math.max(tallestRedColumn, redRun);
        } else {
          redRun = 0;
        }
        // the bodies of actual bars and the posts bars: #2b6cb0
        if (Math.abs(r - 0x2b) < 12 && Math.abs(g - 0x6c) < 12 && Math.abs(b - 0xb0) < 12) {
          actualBlue++;
        }
      }
    }
    assertThat(colours.size()).as("distinct colours").isGreaterThan(50);
    assertThat(nonWhite).as("non-white pixels").isGreaterThan((long) WIDTH * HEIGHT / 50);
    assertThat(tallestRedColumn)
        .as("height of the as-of band across the timeline, in pixels")
        .isGreaterThan(400);
    assertThat(actualBlue).as("pixels of actual bars and post bars").isGreaterThan(10_000);
  }

  @Test
  void chineseSeedDashboardRendersToo() throws Exception {
    Path png = screenshot(Locale.CHINESE, "dashboard-seed-zh.png");
    BufferedImage image = ImageIO.read(png.toFile());
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        colours.add(image.getRGB(x, y) & 0xFFFFFF);
      }
    }
    assertThat(colours.size()).as("distinct colours").isGreaterThan(50);
  }

  @Test
  void browserDomHasTheTimelineSvgWithEveryRow() throws Exception {
    Path html = page(Locale.ENGLISH);
    String dom = chromium.dumpDom(html);
    assertThat(dom).contains("<svg class=\"timeline\"");
    assertThat(dom.split("<g class=\"row ", -1)).hasSize(17);
    assertThat(dom).contains("<rect class=\"as-of\"").contains("<g class=\"span actual\">");
  }

  @Test
  void whoDashboardScreenshotIsNotBlank() throws Exception {
    Path png = screenshot(WhoReform2016.january2016(), Locale.ENGLISH, "dashboard-who.png");
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image).as("a PNG that ImageIO can decode").isNotNull();
    assertThat(image.getWidth()).isEqualTo(WIDTH);
    Set<Integer> colours = new HashSet<>();
    long nonWhite = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y) & 0xFFFFFF;
        colours.add(rgb);
        if (rgb != 0xFFFFFF) {
          nonWhite++;
        }
      }
    }
    assertThat(colours.size()).as("distinct colours").isGreaterThan(50);
    assertThat(nonWhite).as("non-white pixels").isGreaterThan((long) WIDTH * HEIGHT / 100);
  }

  @Test
  void whoDashboardDomHasTheProgrammeAndItsFourStreamsAndTheIndicator() throws Exception {
    Path html = page(WhoReform2016.january2016(), Locale.ENGLISH);
    String dom = chromium.dumpDom(html);
    assertThat(dom).contains("<svg class=\"timeline\"").contains("EB138/5");
    // the programme and its four streams (three workstreams and the emergencies stream)
    assertThat(dom.split("<g class=\"row ", -1)).hasSize(6);
    assertThat(dom)
        .contains("Programmes and priority-setting")
        .contains("Reform outputs that have reached the implementation stage");
  }

  @Test
  void historyDashboardDomHasAStripPerItemWithACellPerReport() throws Exception {
    ReportSeries series =
        ReportSeries.of(March2015Snapshot.reconstructed(), SeedReport.november2015());
    Path html = dir.resolve("dashboard-history.html");
    Files.writeString(
        html,
        DashboardRenderer.of(Locale.ENGLISH)
            .render(
                series,
                FindingRow.of(
                    RuleSet.standard().validate(series.last(), Locale.ENGLISH), Locale.ENGLISH)),
        StandardCharsets.UTF_8);
    String dom = chromium.dumpDom(html);
    int strips = Analyses.trajectories(series).rows().size();
    assertThat(dom).contains("<svg class=\"history\"").contains("<svg class=\"timeline\"");
    assertThat(dom.split("<g class=\"strip ", -1)).hasSize(strips + 1);
    assertThat(dom.split("<rect class=\"cell ", -1)).hasSize(2 * strips + 1);
  }

  @Test
  void moneyAndRiskDashboardDomHasTheSpendingBarsAndTheMatrices() throws Exception {
    Path html = page(MoneyAndRiskSectionsTest.withMoneyAndRisks(), Locale.ENGLISH);
    String dom = chromium.dumpDom(html);
    assertThat(dom).contains("<svg class=\"money\"").contains("<svg class=\"timeline\"");
    assertThat(dom.split("<g class=\"spending", -1)).hasSize(3);
    assertThat(dom.split("<svg class=\"risks\"", -1)).hasSize(3);
    assertThat(dom.split("<g class=\"risk-cell high\"", -1)).hasSize(2);
  }

  @Test
  void oversightDashboardDomHasRecommendationsByStatusAndRelocationsByDutyStation()
      throws Exception {
    ProgressReport report = org.reformkit.examples.OversightFixture.report();
    Path html = page(report, Locale.ENGLISH);
    String dom = chromium.dumpDom(html);

    assertThat(dom).contains("<section id=\"recommendations\">").contains("JIU/REP/2014/8");
    assertThat(dom.split("<g class=\"source\"", -1)).hasSize(2);
    assertThat(dom).contains("<rect class=\"status implemented\"");
    assertThat(dom).contains("<rect class=\"status in-progress\"");
    assertThat(dom.split("<g class=\"station\"", -1)).hasSize(3);
    assertThat(dom).contains("Geneva (CH)").contains("Bangkok (TH)");
    Path png = screenshot(report, Locale.CHINESE, "dashboard-oversight-zh.png");
    BufferedImage image = ImageIO.read(png.toFile());
    long green = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y) & 0xFFFFFF;
        // implemented recommendations and posts moved in: #2f855a
        if (Math.abs((rgb >> 16) - 0x2f) < 12
            && Math.abs(((rgb >> 8) & 0xFF) - 0x85) < 12
            && Math.abs((rgb & 0xFF) - 0x5a) < 12) {
          green++;
        }
      }
    }
    assertThat(green).as("pixels of implemented and moved-in bars").isGreaterThan(2_000);
  }

  private Path page(Locale locale) throws IOException {
    return page(SeedReport.november2015(), locale);
  }

  private Path page(ProgressReport report, Locale locale) throws IOException {
    Path html =
        dir.resolve(
            "dashboard-"
                + report.document().symbol().toString().replaceAll("[^A-Za-z0-9]", "-")
                + "-"
                + locale.getLanguage()
                + ".html");
    DashboardRenderer.of(locale).write(report, RuleSet.standard().validate(report, locale), html);
    return html;
  }

  private Path screenshot(Locale locale, String name) throws Exception {
    return screenshot(SeedReport.november2015(), locale, name);
  }

  private Path screenshot(ProgressReport report, Locale locale, String name) throws Exception {
    Path html = page(report, locale);
    Path png = dir.resolve(name);
    chromium.screenshot(html, png, WIDTH, HEIGHT);
    Path target = Paths.get("target");
    if (Files.isDirectory(target)) {
      Files.copy(png, target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
    return png;
  }
}
