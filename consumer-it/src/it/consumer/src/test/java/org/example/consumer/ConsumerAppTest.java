package org.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.json.ReformJson;

/** Runs twice: once on the module path, once on the class path (see the consumer's pom.xml). */
class ConsumerAppTest {
  private static final boolean MODULE_PATH = "module".equals(System.getProperty("expected.path"));

  @Test
  void runsOnThePathItIsMeantFor() {
    assertEquals(MODULE_PATH, ConsumerApp.class.getModule().isNamed());
    assertEquals(
        MODULE_PATH ? "org.reformkit.core" : null, ProgressReport.class.getModule().getName());
    assertEquals(
        MODULE_PATH ? "org.reformkit.json" : null, ReformJson.class.getModule().getName());
  }

  @Test
  void readsValidatesAndWritesTheSeedReport(@TempDir Path dir) throws Exception {
    ConsumerApp.Outcome outcome =
        ConsumerApp.run(Path.of(System.getProperty("seed")), dir.resolve("out.json"));

    assertEquals("GB.325/INS/15/1", outcome.report().document().symbol().toString());
    assertFalse(outcome.findings().hasErrors(), outcome.findings().toString());
    assertFalse(outcome.findings().isEmpty(), "the seed report has warnings");
    // what the application's mapper wrote is the same report, read back by both readers
    assertEquals(outcome.report(), ReformJson.readReport(outcome.written()));
    assertEquals(
        outcome.report(),
        ConsumerApp.mapper().readValue(Files.readString(outcome.written()), ProgressReport.class));
    assertTrue(Files.readString(outcome.written()).contains("\"schemaVersion\""));
  }
}
