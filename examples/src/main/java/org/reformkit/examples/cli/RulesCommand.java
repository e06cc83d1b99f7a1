package org.reformkit.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.reformkit.core.text.TextTable;
import org.reformkit.examples.dashboard.FindingRow.Severity;
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
      paramLabel = "en|zh",
      defaultValue = "en",
      converter = Converters.LanguageConverter.class,
      description = "Language of the headings and severities: en (default) or zh.")
  Locale lang = Locale.ENGLISH;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    boolean zh = lang.getLanguage().equals("zh");
    List<RuleRow> rules = ReportChecks.catalogue(lang);
    TextTable.Builder table =
        zh
            ? TextTable.builder("代码", "严重程度", "标题")
            : TextTable.builder("Code", "Severity", "Title");
    for (RuleRow rule : rules) {
      table.addRow(rule.code(), severityWord(rule.severity(), zh), rule.description());
    }
    out.print(table.build());
    out.println(zh ? "共 " + rules.size() + " 条规则" : rules.size() + " rules");
    out.flush();
    return ReformCli.OK;
  }

  /** Returns a severity as a word in English or Chinese. */
  static String severityWord(Severity severity, boolean zh) {
    return switch (severity) {
      case ERROR -> zh ? "错误" : "error";
      case WARNING -> zh ? "警告" : "warning";
      case INFO -> zh ? "提示" : "info";
    };
  }
}
