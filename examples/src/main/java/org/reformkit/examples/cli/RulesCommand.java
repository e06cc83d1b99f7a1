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
    description = "Lists the standard rules: code, severity and title (titles are in English).")
final class RulesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--lang",
      paramLabel = "en|zh|fr|es",
      defaultValue = "en",
      converter = Converters.LanguageConverter.class,
      description = "Language of the headings and severities: en (default), zh, fr or es.")
  Locale lang = Locale.ENGLISH;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<RuleRow> rules = ReportChecks.catalogue(lang);
    TextTable.Builder table =
        TextTable.builder(
            CliText.text("heading.code", lang),
            CliText.text("heading.severity", lang),
            CliText.text("heading.title", lang));
    for (RuleRow rule : rules) {
      table.addRow(rule.code(), CliText.severity(rule.severity(), lang), rule.description());
    }
    out.print(table.build());
    out.println(CliText.text("rules.count", lang, Integer.toString(rules.size())));
    out.flush();
    return ReformCli.OK;
  }
}
