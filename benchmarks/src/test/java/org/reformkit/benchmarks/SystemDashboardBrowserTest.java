package org.reformkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformkit.benchmarks.data.ProgrammeGenerator;
import org.reformkit.benchmarks.data.ProgrammeSize;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.rules.RuleSet;
import org.reformkit.examples.dashboard.DashboardRenderer;
import org.reformkit.examples.dashboard.HeadlessChromium;

/**
 * The dashboard of the system-size programme (about 128,000 posts, 500 commitments, 10,000
 * indicators, 94,000 findings) in headless Chromium, as the seed's is in {@code
 * DashboardBrowserTest}: at most 2 MB, the timeline folded to one row per commitment, the findings
 * grouped by rule, and a screenshot drawn within a few seconds. Without Chromium the test is
 * skipped on a developer machine and fails when {@code CI} is set.
 */
class SystemDashboardBrowserTest {
  private static final int WIDTH = 1280;
  private static final int HEIGHT = 2000;

  /** Generous for a loaded two-core machine; the figure measured is printed and in NOTES.md. */
  private static final long RENDER_LIMIT_MILLIS = 30_000;

  @TempDir static Path dir;

  private static Path page;
  private static HeadlessChromium chromium;

  @BeforeAll
  static void renderTheSystemDashboard() throws Exception {
    chromium = HeadlessChromium.findOrSkip(dir);
    ProgressReport report =
        ProgrammeGenerator.report(ProgrammeSize.SYSTEM, ProgrammeGenerator.DEFAULT_SEED);
    page = dir.resolve("dashboard-system.html");
    DashboardRenderer.of(Locale.ENGLISH)
        .write(report, RuleSet.standard().validate(report, Locale.ENGLISH), page);
  }

  @Test
  void systemDashboardIsAtMostTwoMegabytes() throws Exception {
    assertThat(Files.size(page)).isLessThanOrEqualTo(2_000_000L);
  }

  @Test
  void browserDomHasTheFoldedTimelineTheIndicatorsInTroubleAndTheFindingsByRule() throws Exception {
    String dom = chromium.dumpDom(page);

    // the programme and the first 40 commitments, in trouble first
    assertThat(dom.split("<g class=\"row ", -1)).hasSize(2 + DashboardRenderer.COMMITMENT_ROWS);
    assertThat(dom).contains("rows folded into 500 commitments");
    assertThat(dom).contains("460 more commitments:");
    assertThat(dom.split("<div class=\"indicator\" ", -1))
        .hasSize(1 + DashboardRenderer.INDICATOR_ROWS);
    assertThat(dom)
        .contains("<table class=\"findings grouped\">")
        .contains("POST_ABOLISHED_FILLED");
    assertThat(dom).doesNotContain("<table class=\"findings\">");
  }

  @Test
  void systemDashboardScreenshotIsDrawnWithinAFewSeconds() throws Exception {
    Path png = dir.resolve("dashboard-system.png");
    long start = System.nanoTime();
    chromium.screenshot(page, png, WIDTH, HEIGHT);
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(
        "system dashboard: %,d bytes, screenshot in headless Chromium in %,d ms%n",
        Files.size(page), millis);

    assertThat(millis).isLessThan(RENDER_LIMIT_MILLIS);
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image).as("a PNG that ImageIO can decode").isNotNull();
    Set<Integer> colours = new HashSet<>();
    long nonWhite = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y) & 0xFFFFFF;
        colours.add(rgb);
        nonWhite += rgb == 0xFFFFFF ? 0 : 1;
      }
    }
    assertThat(colours.size()).as("distinct colours").isGreaterThan(50);
    assertThat(nonWhite).as("non-white pixels").isGreaterThan((long) WIDTH * HEIGHT / 50);
    Path target = Paths.get("target");
    if (Files.isDirectory(target)) {
      Files.copy(
          png,
          target.resolve("dashboard-system.png"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
