package org.reformkit.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/RULES.md} true to the code: the table of the standard rules is generated from
 * the rule set and must equal the file. Run with {@code -Drules.md.write=true} to rewrite the file.
 */
class RulesCatalogueDocumentTest {
  private static final Path FILE = Path.of("..", "docs", "RULES.md");

  static String catalogue() {
    StringBuilder out = new StringBuilder();
    out.append("# The standard rule catalogue\n\n")
        .append("`RuleSet.standard()` runs these rules, in this order. A code never changes once")
        .append(" published;\na rule set can drop a rule (`without`), change its severity")
        .append(" (`withSeverity`) or add\nthe caller's own (`with`). Each description says what")
        .append(" the rule does when a fact is\nabsent: no rule reports what a partial date or an")
        .append(" unstated count does not prove.\n\n")
        .append("This file is checked against the code by `RulesCatalogueDocumentTest`")
        .append(" (`-Drules.md.write=true`\nrewrites it).\n\n")
        .append("Run one rule on one post, without building a programme:\n\n")
        .append("```java\n")
        .append(
            "Post post ="
                + " Post.builder().id(PostId.of(\"no-1\")).location(Location.headquarters())\n")
        .append("    .category(PostCategory.TECHNICAL).grade(Grade.NO_B)\n")
        .append("    .origin(PostOrigin.of(OriginKind.NEW)).build();\n")
        .append(
            "ValidationContext context = ValidationContext.of(LocalDate.of(2015, 11, 30),"
                + " Locale.ENGLISH);\n")
        .append(
            "ValidationResult result ="
                + " RuleSet.standard().only(\"POST_GRADE_LOCATION\").validate(post, context);\n")
        .append("System.out.print(result);\n")
        .append(
            "// error  posts[no-1]  National officer grade NO-B is used only in the field, not at"
                + " headquarters  [POST_GRADE_LOCATION]\n")
        .append("```\n\n")
        .append(
            "The whole seed report: `RuleSet.standard().validate(SeedReport.november2015(),"
                + " Locale.ENGLISH)`")
        .append(" gives\nno errors and nine warnings (see `SeedReportRulesTest`).\n\n")
        .append(
            "| Code | Default severity | Applies to | When a fact is absent | What it checks |\n")
        .append("|---|---|---|---|---|\n");
    for (Rule<?> rule : RuleSet.standard().rules()) {
      out.append("| `")
          .append(rule.code())
          .append("` | ")
          .append(rule.defaultSeverity().name().toLowerCase(Locale.ROOT))
          .append(" | ")
          .append(rule.elementType().getSimpleName())
          .append(" | ")
          .append(rule.whenFactsMissing().name().toLowerCase(Locale.ROOT).replace('_', ' '))
          .append(" | **")
          .append(rule.title())
          .append(".** ")
          .append(rule.description().replace("|", "\\|"))
          .append(" |\n");
    }
    return out.toString();
  }

  @Test
  void rulesDocumentListsEveryStandardRuleWithItsSeverityAsTheCodeDoes() throws IOException {
    String expected = catalogue();
    if (Boolean.getBoolean("rules.md.write")) {
      Files.createDirectories(FILE.getParent());
      Files.writeString(FILE, expected, StandardCharsets.UTF_8);
    }

    assertThat(Files.readString(FILE, StandardCharsets.UTF_8)).isEqualTo(expected);
  }

  private static java.util.List<String> ruleRows(String text) {
    return text.lines()
        .filter(line -> line.startsWith("| `"))
        .filter(
            line -> RuleSet.standard().codes().contains(line.substring(3, line.indexOf('`', 3))))
        .collect(java.util.stream.Collectors.toList());
  }

  /** The README's short table: code, default severity, element and title of every rule. */
  static String readmeTable() {
    StringBuilder out = new StringBuilder();
    out.append("| Code | Severity | Applies to | What it checks |\n").append("|---|---|---|---|\n");
    for (Rule<?> rule : RuleSet.standard().rules()) {
      out.append("| `")
          .append(rule.code())
          .append("` | ")
          .append(rule.defaultSeverity().name().toLowerCase(Locale.ROOT))
          .append(" | ")
          .append(rule.elementType().getSimpleName())
          .append(" | ")
          .append(rule.title().replace("|", "\\|"))
          .append(" |\n");
    }
    return out.toString();
  }

  @Test
  void readmeCarriesTheShortCatalogueBetweenItsMarkers() throws IOException {
    Path readme = Path.of("..", "README.md");
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    String start = "<!-- rules:start -->\n";
    String end = "<!-- rules:end -->";
    int from = text.indexOf(start);
    int to = text.indexOf(end);
    assertThat(from).as("README.md has the rules markers").isNotNegative();
    assertThat(to).isGreaterThan(from);
    if (Boolean.getBoolean("rules.md.write")) {
      text = text.substring(0, from + start.length()) + readmeTable() + text.substring(to);
      Files.writeString(readme, text, StandardCharsets.UTF_8);
      to = text.indexOf(end);
    }

    assertThat(text.substring(from + start.length(), to)).isEqualTo(readmeTable());
  }

  @Test
  void rulesDocumentNamesEachCodeOnce() throws IOException {
    String text = Files.readString(FILE, StandardCharsets.UTF_8);

    for (String code : RuleSet.standard().codes()) {
      assertThat(text.split("\\| `" + code + "` \\|", -1)).as(code).hasSize(2);
    }
  }
}
