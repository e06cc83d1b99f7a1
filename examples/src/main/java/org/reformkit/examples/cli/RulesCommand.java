package org.reformkit.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.reformkit.core.text.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reform rules}: the rule catalogue. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    versionProvider = ReformCli.Version.class,
    description = "Lists the standard rules: code, severity and what each checks.")
final class RulesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--lang",
      paramLabel = "en|zh",
      defaultValue = "en",
      converter = Converters.LanguageConverter.class,
      description = "Language of the descriptions: en (default) or zh.")
  Locale lang = Locale.ENGLISH;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<RuleRow> rules = ReportChecks.catalogue(lang);
    if (rules.isEmpty()) {
      out.println("The rule catalogue is empty.");
    } else {
      TextTable.Builder table = TextTable.builder("Code", "Severity", "Checks");
      for (RuleRow rule : rules) {
        table.addRow(rule.code(), rule.severity().name().toLowerCase(Locale.ROOT), rule.description());
      }
      out.print(table.build());
    }
    out.flush();
    return ReformCli.OK;
  }
}
