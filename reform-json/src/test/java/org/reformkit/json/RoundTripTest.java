package org.reformkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.ReformProgramme;
import tools.jackson.databind.json.JsonMapper;

class RoundTripTest {
  private static final JsonMapper MODULE_MAPPER =
      JsonMapper.builder().addModule(new ReformModule()).build();

  @Test
  void everyReportReadsBackEqualFromCompactAndPrettyText() {
    TestSizes.qt()
        .withFixedSeed(20151101L)
        .withExamples(TestSizes.examples(1000))
        .forAll(ModelGenerators.report())
        .checkAssert(
            report -> {
              assertThat(
                      ReformJson.reader()
                          .read(ReformJson.writer().withLayout(Layout.COMPACT).write(report)))
                  .isEqualTo(report);
              assertThat(
                      ReformJson.reader()
                          .read(ReformJson.writer().withLayout(Layout.PRETTY).write(report)))
                  .isEqualTo(report);
            });
  }

  @Test
  void everyProgrammeReadsBackEqualAsADocumentOfItsOwn() {
    TestSizes.qt()
        .withFixedSeed(325L)
        .withExamples(TestSizes.examples(1000))
        .forAll(ModelGenerators.programme())
        .checkAssert(
            programme ->
                assertThat(
                        ReformJson.reader()
                            .forProgramme()
                            .read(
                                ReformJson.writer()
                                    .forProgramme()
                                    .withLayout(Layout.COMPACT)
                                    .write(programme)))
                    .isEqualTo(programme));
  }

  @Test
  void theModuleOnAPlainMapperWritesAndReadsTheSameFormat() {
    TestSizes.qt()
        .withFixedSeed(15L)
        .withExamples(TestSizes.examples(200))
        .forAll(ModelGenerators.report())
        .checkAssert(
            report -> {
              String json = MODULE_MAPPER.writeValueAsString(report);
              assertThat(json)
                  .isEqualTo(ReformJson.writer().withLayout(Layout.COMPACT).write(report));
              assertThat(MODULE_MAPPER.readValue(json, ProgressReport.class)).isEqualTo(report);
              String programme = MODULE_MAPPER.writeValueAsString(report.programme());
              assertThat(MODULE_MAPPER.readValue(programme, ReformProgramme.class))
                  .isEqualTo(report.programme());
            });
  }

  @Test
  void readingLenientlyWhatWasWrittenKeepsNothingUnknown() {
    TestSizes.qt()
        .withFixedSeed(1919L)
        .withExamples(TestSizes.examples(200))
        .forAll(ModelGenerators.report())
        .checkAssert(
            report ->
                assertThat(
                        ReformJson.reader()
                            .keepingUnknown()
                            .read(ReformJson.writer().withLayout(Layout.COMPACT).write(report)))
                    .isEqualTo(Extended.of(report)));
  }

  @Test
  void aLoneSurrogateInATextSurvivesWritingToBytes() throws java.io.IOException {
    ProgressReport report =
        GoldenFileTest.seed()
            .withReconstructionNote(
                org.reformkit.core.model.LocalizedText.of("en", "half \ud800 of a pair \udfff"));
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    ReformJson.writer().withLayout(Layout.PRETTY).write(report, out);
    String json = out.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(json).contains("half \\ud800 of a pair \\udfff");
    assertThat(ReformJson.reader().read(new java.io.ByteArrayInputStream(out.toByteArray())))
        .isEqualTo(report);
  }
}
