package org.reformkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reformkit.core.model.Finances;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.ProgrammeId;
import org.reformkit.core.model.ReformProgramme;

/**
 * Generated amounts (up to twenty digits on each side of the point, negative ones too) survive
 * write and read exactly, scale included: 1.50 comes back as 1.50, never through a double.
 */
class MoneyRoundTripPropertyTest {

  @Test
  void everyGeneratedAmountSurvivesWriteAndReadExactly() {
    TestSizes.qt()
        .withFixedSeed(2026_12L)
        .withExamples(TestSizes.examples(300))
        .forAll(ModelGenerators.finances())
        .checkAssert(
            finances -> {
              ReformProgramme programme =
                  ReformProgramme.builder()
                      .id(ProgrammeId.of("p"))
                      .name(LocalizedText.of("en", "P"))
                      .finances(finances)
                      .build();
              Finances read =
                  ReformJson.reader()
                      .forProgramme()
                      .read(ReformJson.writer().forProgramme().write(programme))
                      .finances();
              assertThat(read).isEqualTo(finances);
              for (int i = 0; i < finances.lines().size(); i++) {
                assertThat(read.lines().get(i).amount().amount().toPlainString())
                    .isEqualTo(finances.lines().get(i).amount().amount().toPlainString());
              }
            });
  }
}
