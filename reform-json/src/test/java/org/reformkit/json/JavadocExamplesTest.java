package org.reformkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.ReformProgramme;
import tools.jackson.databind.json.JsonMapper;

/**
 * The examples in the Javadoc of {@link ReformJson}, its reader and writer and {@link ReformModule}
 * compile and do what they say: each test below holds its snippet verbatim, and {@link
 * #eachJavadocExampleIsCopiedVerbatimIntoThisTest()} keeps the copies true.
 */
class JavadocExamplesTest {
  private static final Pattern EXAMPLE =
      Pattern.compile("<pre>\\{@code\\n(.*?)\\n \\* }</pre>", Pattern.DOTALL);

  @Test
  void theReformJsonExampleReadsAFileAndWritesItPretty(@TempDir Path dir) throws IOException {
    byte[] golden = GoldenFileTest.resource("/golden/seed-2015-11.json");
    Path file = dir.resolve("seed-2015-11.json");
    Files.write(file, golden);

    ProgressReport report = ReformJson.reader().read(file);
    ReformJsonReader<Extended<ReformProgramme>> lenient =
        ReformJson.reader().forProgramme().keepingUnknown();
    String json = ReformJson.writer().withLayout(Layout.PRETTY).write(report);

    assertThat(report).isEqualTo(GoldenFileTest.seed());
    assertThat(json.getBytes(StandardCharsets.UTF_8)).isEqualTo(golden);
    assertThat(lenient.keepsUnknown()).isTrue();
    assertThat(lenient.read(ReformJson.writer().forProgramme().write(report.programme())).value())
        .isEqualTo(report.programme());
  }

  @Test
  void theReaderExampleReadsALargerProgrammeKeepingWhatItDoesNotKnow(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("programme.json");
    ReformJson.writer().forProgramme().write(GoldenFileTest.seed().programme(), file);

    ReformJsonReader<Extended<ReformProgramme>> reader =
        ReformJson.reader()
            .forProgramme()
            .keepingUnknown()
            .withLimits(ReadLimits.defaults().withMaxDocumentSize(256L * 1024 * 1024));
    Extended<ReformProgramme> programme = reader.read(file);

    assertThat(programme.value()).isEqualTo(GoldenFileTest.seed().programme());
    assertThat(reader.limits().maxDocumentSize()).isEqualTo(256L * 1024 * 1024);
  }

  @Test
  void theWriterExampleWritesAProgrammePretty(@TempDir Path dir) throws IOException {
    ReformProgramme programme = GoldenFileTest.seed().programme();
    Path file = dir.resolve("programme.json");

    ReformJsonWriter<ReformProgramme> writer =
        ReformJson.writer().forProgramme().withLayout(Layout.PRETTY);
    writer.write(programme, file);

    assertThat(ReformJson.reader().forProgramme().read(file)).isEqualTo(programme);
    assertThat(writer.write(programme)).startsWith("{\n  \"schemaVersion\": \"1.1\",\n");
  }

  @Test
  void theReformModuleExampleReadsAReportWithAPlainMapper() throws IOException {
    String json =
        new String(GoldenFileTest.resource("/golden/seed-2015-11.json"), StandardCharsets.UTF_8);

    JsonMapper mapper = JsonMapper.builder().addModule(new ReformModule()).build();
    ProgressReport report = mapper.readValue(json, ProgressReport.class);

    assertThat(report).isEqualTo(GoldenFileTest.seed());
  }

  @Test
  void eachJavadocExampleIsCopiedVerbatimIntoThisTest() throws IOException {
    String test = read(Path.of("src/test/java/org/reformkit/json/JavadocExamplesTest.java"));
    for (String type :
        List.of("ReformJson", "ReformJsonReader", "ReformJsonWriter", "ReformModule")) {
      List<String> examples =
          examples(read(Path.of("src/main/java/org/reformkit/json/" + type + ".java")));
      assertThat(examples).as(type).hasSize(1);
      assertThat(test).as(type).contains(examples.get(0));
    }
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  /**
   * The code of each {@code <pre>{@code ...}</pre>} block, without the comment's stars, indented as
   * in a method.
   */
  private static List<String> examples(String source) {
    List<String> out = new ArrayList<>();
    Matcher m = EXAMPLE.matcher(source);
    while (m.find()) {
      StringBuilder code = new StringBuilder();
      for (String line : m.group(1).split("\n")) {
        code.append("    ").append(line.replaceFirst("^ \\* ", "")).append('\n');
      }
      out.add(code.toString());
    }
    return out;
  }
}
