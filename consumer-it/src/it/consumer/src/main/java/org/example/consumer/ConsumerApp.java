package org.example.consumer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.rules.RuleSet;
import org.reformkit.core.rules.ValidationResult;
import org.reformkit.json.ReformJson;
import org.reformkit.json.ReformModule;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a progress report with reformkit's reader, checks it with the standard rules, and writes
 * it with the application's own Jackson mapper, on which reformkit's module is registered.
 */
public final class ConsumerApp {
  private ConsumerApp() {}

  /** What one run saw. */
  public record Outcome(ProgressReport report, ValidationResult findings, Path written) {}

  /** The application's mapper: its own configuration, plus reformkit's Jackson module. */
  public static JsonMapper mapper() {
    return JsonMapper.builder().addModule(new ReformModule()).build();
  }

  /** Reads {@code report}, validates it, and writes it to {@code out} with {@link #mapper()}. */
  public static Outcome run(Path report, Path out) throws IOException {
    ProgressReport read = ReformJson.readReport(report);
    ValidationResult findings = RuleSet.standard().validate(read, Locale.ENGLISH);
    Files.writeString(out, mapper().writeValueAsString(read), StandardCharsets.UTF_8);
    return new Outcome(read, findings, out);
  }

  /** {@code java -p ... -m org.example.consumer/org.example.consumer.ConsumerApp REPORT OUT}. */
  public static void main(String[] args) throws IOException {
    Outcome outcome = run(Path.of(args[0]), Path.of(args[1]));
    System.out.print(outcome.findings());
  }
}
