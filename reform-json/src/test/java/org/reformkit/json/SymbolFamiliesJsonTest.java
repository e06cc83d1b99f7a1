package org.reformkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reformkit.core.model.DocumentReference;
import org.reformkit.core.model.DocumentSymbol;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.SymbolFamily;

/** Symbols of every family, and of none, read from JSON, print back identically and round-trip. */
class SymbolFamiliesJsonTest {
  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(ReformJson.jsonSchema(), InputFormat.JSON);

  /** The minimal report with the given document symbol and related documents, as JSON text. */
  private static String report(String symbol, String... related) throws IOException {
    String minimal =
        Files.readString(BadDocumentsTest.resources().resolve("good-minimal-report.json"));
    StringBuilder cover = new StringBuilder("\"cover\": {\"relatedDocuments\": [");
    for (int i = 0; i < related.length; i++) {
      cover.append(i == 0 ? "" : ", ").append("{\"symbol\": \"").append(related[i]).append("\"}");
    }
    cover.append("]}");
    return minimal
        .replace("\"symbol\": \"GB.325/INS/15/1\"", "\"symbol\": \"" + symbol + "\"")
        .replace("\"cover\": {}", cover.toString());
  }

  private static List<DocumentSymbol> related(ProgressReport report) {
    return report.document().cover().relatedDocuments().stream()
        .map(DocumentReference::symbol)
        .map(s -> s.orElseThrow())
        .toList();
  }

  @Test
  void aReportCitingAnOlderIloPaperAUnResolutionAndAnUnknownFormReadsAndRoundTrips()
      throws IOException {
    String json = report("GB.325/INS/15/1", "GB.310/9/1", "A/RES/70/1", "UNW/2019/3 (draft)");

    ProgressReport report = ReformJson.readReport(json);

    List<DocumentSymbol> related = related(report);
    assertThat(related)
        .extracting(DocumentSymbol::toString)
        .containsExactly("GB.310/9/1", "A/RES/70/1", "UNW/2019/3 (draft)");
    assertThat(related)
        .extracting(DocumentSymbol::family)
        .containsExactly(
            SymbolFamily.ILO_GOVERNING_BODY,
            SymbolFamily.UNITED_NATIONS,
            SymbolFamily.UNRECOGNISED);
    assertThat(related.get(0).session()).contains(310);
    assertThat(related.get(0).item()).contains(9);
    assertThat(related.get(0).subItem()).contains(1);
    assertThat(related.get(0).section()).isEmpty();
    assertThat(related.get(1).series()).contains("RES");
    assertThat(related.get(1).session()).contains(70);
    assertThat(related.get(1).number()).contains(1);
    for (Layout layout : Layout.values()) {
      String written = ReformJson.writeReport(report, layout);
      assertThat(written).contains("\"GB.310/9/1\"", "\"A/RES/70/1\"", "\"UNW/2019/3 (draft)\"");
      assertThat(ReformJson.readReport(written)).isEqualTo(report);
      assertThat(SCHEMA.validate(written, InputFormat.JSON)).isEmpty();
    }
    assertThat(SCHEMA.validate(json, InputFormat.JSON)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "GB.303/9/2",
        "GB.341/INS/3/1(Rev.1)",
        "E/2016/9",
        "EB138/5",
        "WHA69.1",
        "EB 2018/125/R.2",
        "GC 41/L.5",
        "C 2013/26",
        "CL 148/3",
        "JIU/ML/2016/22",
        "DP/2017/39",
        "文件 2019/3",
        "a \\\\ and a \\\" in a symbol"
      })
  void aDocumentOfAnyBodyReadsAndWritesItsSymbolUnchanged(String symbolInJson) throws IOException {
    ProgressReport report = ReformJson.readReport(report(symbolInJson));
    String written = ReformJson.writeReport(report, Layout.COMPACT);

    assertThat(written).contains("\"symbol\":\"" + symbolInJson + "\"");
    assertThat(ReformJson.readReport(written)).isEqualTo(report);
    assertThat(SCHEMA.validate(written, InputFormat.JSON)).isEmpty();
  }

  @Test
  void aBlankRelatedSymbolIsRefusedAtItsPointer() throws IOException {
    ReformJsonException e =
        catchThrowableOfType(
            ReformJsonException.class,
            () -> ReformJson.readReport(report("GB.325/INS/15/1", "GB.310/9/1", " ")));

    assertThat(e.pointer()).isEqualTo("/document/cover/relatedDocuments/1/symbol");
    assertThat(e.problem()).startsWith("document symbol must not be blank");
  }

  @Test
  void aRelatedSymbolWithAZeroWidthSpaceIsRefusedShowingItEscaped() throws IOException {
    ReformJsonException e =
        catchThrowableOfType(
            ReformJsonException.class,
            () -> ReformJson.readReport(report("GB.325/INS/15/1", "A/70/\\u200b1")));

    assertThat(e.pointer()).isEqualTo("/document/cover/relatedDocuments/0/symbol");
    assertThat(e.problem())
        .isEqualTo(
            "document symbol 'A/70/\\u200b1' has the invisible character U+200B at index 5; a"
                + " symbol is printable text such as GB.325/INS/15/1 or A/RES/70/1")
        .doesNotContain("\u200b");
  }

  @Test
  void theSchemaRefusesWhatTheReaderRefusesAndAcceptsEveryOtherSymbol() throws IOException {
    for (String bad : new String[] {"", "   ", "A/70/1\\u001b", "\\u202eA/70/1", "A\\u2028"}) {
      assertThat(SCHEMA.validate(report(bad), InputFormat.JSON)).as(bad).isNotEmpty();
    }
    for (String good : new String[] {"UNW/2019/3", " x ", "\\u00e9\\ud83d\\ude00", "GB.310/9/1"}) {
      assertThat(SCHEMA.validate(report(good), InputFormat.JSON)).as(good).isEmpty();
    }
  }
}
