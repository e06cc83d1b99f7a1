package org.reformkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.reformkit.core.model.Contact;
import org.reformkit.core.model.Distribution;
import org.reformkit.core.model.DocumentCover;
import org.reformkit.core.model.GoverningBodyDocument;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.RequestedAction;

/** A paper of another body in the format 1.1, and the 1.0 documents that still read. */
class OtherBodiesJsonTest {
  private static final String IFAD_PAPER =
      """
      {
        "schemaVersion": "1.1",
        "document": {
          "symbol": "EB 2018/125/R.2",
          "title": {"en": "Progress report on the reform"},
          "organ": {"en": "Executive Board"},
          "session": "125th",
          "agendaItem": "3(a)",
          "sessionPlace": {"en": "Rome"},
          "date": "2018-11-15",
          "distribution": "public",
          "originalLanguage": "en",
          "actionsRequested": ["information", "review"],
          "contacts": [
            {
              "name": "A. Person",
              "role": {"en": "Director"},
              "unit": {"code": "CMU", "name": {"en": "Change Management Unit"}},
              "purpose": {"en": "Technical questions"},
              "email": "a.person@example.org"
            },
            {"name": "B. Person", "purpose": {"en": "Dispatch of documentation"}}
          ]
        },
        "asOf": "2018-11",
        "programme": {"id": "reform", "name": {"en": "Reform"}}
      }
      """;

  @Test
  void aPaperOfAnotherBodyReadsWithItsHeaderAndNoCover() {
    GoverningBodyDocument paper = ReformJson.readReport(IFAD_PAPER).document();

    assertThat(paper.organ().orElseThrow().in(java.util.Locale.ENGLISH))
        .isEqualTo("Executive Board");
    assertThat(paper.session()).contains("125th");
    assertThat(paper.distribution()).contains(Distribution.PUBLIC);
    assertThat(paper.actionsRequested())
        .containsExactly(RequestedAction.INFORMATION, RequestedAction.REVIEW);
    assertThat(paper.contacts()).hasSize(2);
    Contact first = paper.contacts().get(0);
    assertThat(first.email()).contains("a.person@example.org");
    assertThat(first.unit().orElseThrow().code()).contains("CMU");
    assertThat(paper.contacts().get(1).email()).isEmpty();
    assertThat(paper.cover()).isEqualTo(DocumentCover.builder().build());
  }

  @Test
  void itWritesBackInTheOrderOfTheFormatAndReadsUnchanged() {
    ProgressReport report = ReformJson.readReport(IFAD_PAPER);
    String written = ReformJson.writer().withLayout(Layout.COMPACT).write(report);

    assertThat(written)
        .startsWith("{\"schemaVersion\":\"1.1\",")
        .contains(
            "\"organ\":{\"en\":\"Executive Board\"},\"session\":\"125th\","
                + "\"agendaItem\":\"3(a)\"")
        .contains(
            "\"distribution\":\"public\",\"originalLanguage\":\"en\","
                + "\"actionsRequested\":[\"information\",\"review\"],\"contacts\":[{\"name\":")
        .contains("\"cover\":{}");
    assertThat(ReformJson.readReport(written)).isEqualTo(report);
    assertThat(ReformJson.writer().withLayout(Layout.COMPACT).write(ReformJson.readReport(written)))
        .isEqualTo(written);
  }

  @Test
  void theFormatPagesExampleOfAnotherBodysPaperReadsAndValidatesWithoutError() throws IOException {
    String page =
        java.nio.file.Files.readString(
            java.nio.file.Path.of("..", "docs", "JSON-FORMAT.md"), StandardCharsets.UTF_8);
    int section = page.indexOf("### A paper of another body");
    int start = page.indexOf("```json\n", section) + "```json\n".length();
    String example = page.substring(start, page.indexOf("```", start));

    ProgressReport report = ReformJson.readReport(example);
    org.reformkit.core.rules.ValidationResult findings =
        org.reformkit.core.rules.RuleSet.standard().validate(report, java.util.Locale.ENGLISH);

    assertThat(findings.hasErrors()).isFalse();
    assertThat(findings.findings())
        .filteredOn(f -> f.code().equals("STATUS_NOT_STATED"))
        .hasSize(4);
    assertThat(org.reformkit.core.analysis.Analyses.programmeProgress(report).notStated())
        .isEqualTo(3);
  }

  @Test
  void aVersionOneZeroDocumentStillReadsAsTheSameReportAndKeepsItsVersion() throws IOException {
    String current =
        new String(GoldenFileTest.resource("/golden/seed-2015-11.json"), StandardCharsets.UTF_8);
    assertThat(current).contains("\"schemaVersion\": \"1.1\"");
    String older = current.replace("\"schemaVersion\": \"1.1\"", "\"schemaVersion\": \"1.0\"");

    assertThat(ReformJson.readReport(older)).isEqualTo(ReformJson.readReport(current));
    Extended<ProgressReport> kept = ReformJson.reader().keepingUnknown().read(older);
    assertThat(kept.schemaVersion()).isEqualTo("1.0");
    assertThat(ReformJson.writer().withLayout(Layout.PRETTY).keepingUnknown().write(kept))
        .isEqualTo(older);
    assertThat(ReformJson.schemaVersion()).isEqualTo("1.2");
  }
}
