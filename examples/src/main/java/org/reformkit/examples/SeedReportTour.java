package org.reformkit.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.reformkit.core.model.Commitment;
import org.reformkit.core.model.Committee;
import org.reformkit.core.model.DocumentCover;
import org.reformkit.core.model.DocumentReference;
import org.reformkit.core.model.ExternalSupport;
import org.reformkit.core.model.Footnote;
import org.reformkit.core.model.GoverningBodyDocument;
import org.reformkit.core.model.Indicator;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.Phase;
import org.reformkit.core.model.Policy;
import org.reformkit.core.model.PostLine;
import org.reformkit.core.model.PostShare;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.StaffEngagement;
import org.reformkit.core.model.Statement;
import org.reformkit.core.model.Status;
import org.reformkit.core.text.TextTable;

/**
 * Prints a readable account of a progress report: the paper and its cover, the commitments and
 * their phases, posts, staff engagements, external support, policies, indicators and statements.
 * Run on the seed report with {@code java -jar examples/target/reformkit-examples.jar [en|zh]}.
 */
public final class SeedReportTour {
  private final Locale locale;
  private final PrintStream out;

  /**
   * Creates a tour that prints in one language.
   *
   * @param locale the language of the texts
   * @param out where to print
   */
  public SeedReportTour(Locale locale, PrintStream out) {
    this.locale = locale;
    this.out = out;
  }

  /**
   * Prints the seed report's account; the first argument, if any, is the language ({@code en} or
   * {@code zh}).
   *
   * @param args the language, optionally
   */
  public static void main(String[] args) {
    Locale locale = Locale.forLanguageTag(args.length > 0 ? args[0] : "en");
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    new SeedReportTour(locale, out).print(SeedReport.november2015());
  }

  /**
   * Prints the account of one report.
   *
   * @param report the report
   */
  public void print(ProgressReport report) {
    printDocument(report);
    ReformProgramme programme = report.programme();
    section(
        programme.name(),
        "status "
            + word(programme.status())
            + programme.launched().map(d -> ", launched " + d).orElse("")
            + programme.owner().map(o -> ", owner " + o.code().orElse(t(o.name()))).orElse(""));
    printCommitments(programme);
    printPosts(programme);
    printEngagements(programme);
    printSupportAndPolicies(programme);
    printIndicators(programme);
    printStatements(report);
  }

  private void printDocument(ProgressReport report) {
    GoverningBodyDocument document = report.document();
    out.println(document.symbol() + "  " + document.heading().map(this::t).orElse(""));
    out.println(t(document.title()));
    out.println(
        "As of "
            + report.asOf()
            + report.previousReport().map(p -> "; follows " + reference(p)).orElse(""));
    out.println();
    DocumentCover cover = document.cover();
    TextTable.Builder table = TextTable.builder("Cover field", "Text").maxCellWidth(90);
    row(table, "Purpose", cover.purpose());
    row(table, "Strategic objective", cover.strategicObjective());
    row(table, "Policy implications", cover.policyImplications());
    row(table, "Legal implications", cover.legalImplications());
    row(table, "Financial implications", cover.financialImplications());
    row(table, "Follow-up action", cover.followUpAction());
    cover.authorUnit().ifPresent(u -> table.addRow("Author unit", u.code().orElse(t(u.name()))));
    for (DocumentReference related : cover.relatedDocuments()) {
      table.addRow("Related document", reference(related));
    }
    for (Footnote footnote : document.footnotes()) {
      table.addRow(
          "Footnote "
              + footnote.number()
              + footnote.paragraph().map(p -> " (¶" + p + ")").orElse(""),
          t(footnote.text()));
    }
    out.print(table.build());
  }

  private void printCommitments(ReformProgramme programme) {
    TextTable.Builder table =
        TextTable.builder(
            "Commitment", "Status", "Phase", "Phase status", "Planned start or due", "¶");
    for (Commitment commitment : programme.commitments()) {
      String name = commitment.id() + "  " + t(commitment.title());
      if (commitment.phases().isEmpty()) {
        table.addRow(
            name,
            word(commitment.status()),
            "",
            "",
            date(commitment.due()),
            paras(commitment.paragraphs()));
      }
      boolean first = true;
      for (Phase phase : commitment.phases()) {
        table.addRow(
            first ? name : "",
            first ? word(commitment.status()) : "",
            "(" + phase.id() + ") " + t(phase.name()),
            word(phase.status()),
            date(phase.plannedStart()),
            paras(phase.paragraphs()));
        first = false;
      }
    }
    section(LocalizedText.zhEn("改革承诺", "Commitments"), "");
    out.print(table.build());
  }

  private void printPosts(ReformProgramme programme) {
    TextTable.Builder table =
        TextTable.builder(
                "Post line", "Count", "Location", "Unit", "Category", "Origin", "Of which")
            .alignRight(1);
    int total = 0;
    for (PostLine line : programme.postLines()) {
      total += line.count();
      table.addRow(
          line.id(),
          line.count(),
          line.location(),
          line.unit().map(u -> t(u.name())).orElse("not stated"),
          word(line.category()),
          line.origin(),
          line.ofWhich().stream().map(this::share).collect(Collectors.joining("; ")));
    }
    table.addRow("sum of lines", total, "", "", "", "", "");
    section(LocalizedText.zhEn("职位", "Posts"), "");
    out.print(table.build());
  }

  private String share(PostShare share) {
    String from = share.origin().from().map(u -> " from " + t(u.name())).orElse("");
    return share.count().map(String::valueOf).orElse("some (number not stated)")
        + " "
        + word(share.origin().kind())
        + from;
  }

  private void printEngagements(ReformProgramme programme) {
    TextTable.Builder table =
        TextTable.builder("Engagement", "Kinds", "With", "Count", "Status", "Subject")
            .alignRight(3);
    for (StaffEngagement engagement : programme.engagements()) {
      table.addRow(
          engagement.id(),
          engagement.kinds().stream().map(this::word).collect(Collectors.joining(", ")),
          word(engagement.counterpart()),
          engagement.count().map(String::valueOf).orElse(""),
          word(engagement.status()),
          t(engagement.subject()));
    }
    section(LocalizedText.zhEn("职员参与和磋商", "Staff engagement"), "");
    out.print(table.build());
  }

  private void printSupportAndPolicies(ReformProgramme programme) {
    TextTable.Builder table = TextTable.builder("Item", "State", "Detail");
    for (ExternalSupport support : programme.externalSupport()) {
      table.addRow(
          "support " + support.id(),
          support.procurement().map(this::word).orElse("")
              + support.started().map(d -> ", from " + d).orElse(""),
          t(support.provider()));
    }
    for (Policy policy : programme.policies()) {
      table.addRow("policy " + policy.id(), word(policy.status()), t(policy.name()));
      for (LocalizedText measure : policy.measures()) {
        table.addRow("", "", t(measure));
      }
    }
    for (Committee committee : programme.committees()) {
      table.addRow("committee " + committee.id(), "", t(committee.name()));
      for (LocalizedText subject : committee.advisesOn()) {
        table.addRow("", "advises on", t(subject));
      }
    }
    programme
        .monitoringFramework()
        .ifPresent(f -> table.addRow("monitoring framework", word(f.status()), t(f.name())));
    section(LocalizedText.zhEn("外部支持、政策与委员会", "External support, policies and committees"), "");
    out.print(table.build());
  }

  private void printIndicators(ReformProgramme programme) {
    TextTable.Builder table = TextTable.builder("Indicator", "Latest", "Target", "Name");
    for (Indicator indicator : programme.indicators()) {
      table.addRow(
          indicator.id(),
          indicator.measurements().isEmpty()
              ? "no data"
              : indicator.measurements().get(indicator.measurements().size() - 1).value()
                  + " ("
                  + indicator.measurements().get(indicator.measurements().size() - 1).date()
                  + ")",
          indicator.targets().stream()
              .map(x -> x.value().toString())
              .collect(Collectors.joining(", ")),
          t(indicator.name()));
    }
    section(LocalizedText.zhEn("指标", "Indicators"), "");
    out.print(table.build());
  }

  private void printStatements(ProgressReport report) {
    TextTable.Builder table = TextTable.builder("¶", "Kind", "Statement").maxCellWidth(90);
    for (Statement statement : report.statements()) {
      table.addRow(paras(statement.paragraphs()), word(statement.kind()), t(statement.text()));
    }
    for (Statement statement : report.programme().statements()) {
      table.addRow(paras(statement.paragraphs()), word(statement.kind()), t(statement.text()));
    }
    section(LocalizedText.zhEn("陈述", "Statements"), "");
    out.print(table.build());
  }

  private void section(LocalizedText title, String detail) {
    out.println();
    out.println("== " + t(title) + (detail.isEmpty() ? "" : " (" + detail + ")"));
  }

  private void row(TextTable.Builder table, String field, Optional<LocalizedText> value) {
    table.addRow(field, value.map(this::t).orElse("(absent)"));
  }

  private String reference(DocumentReference reference) {
    String symbol = reference.symbol().map(Object::toString).orElse("");
    String title = reference.title().map(this::t).orElse("");
    String both = symbol.isEmpty() ? title : title.isEmpty() ? symbol : symbol + " " + title;
    return reference.paragraphs().isEmpty() ? both : both + ", ¶" + paras(reference.paragraphs());
  }

  private String t(LocalizedText text) {
    return text.in(locale);
  }

  private static String date(Optional<PartialDate> date) {
    return date.map(PartialDate::toString).orElse("");
  }

  private static String paras(java.util.List<Integer> paragraphs) {
    return paragraphs.stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  private String word(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** A status the report may not state: its word, or "not stated". */
  private String word(Optional<Status> value) {
    return value.map(v -> word((Enum<?>) v)).orElse("not stated");
  }
}
