package org.reformkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reformkit.core.model.Commitment;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.Status;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A status the report does not state is left out of the JSON and read back as not stated. */
class UnstatedStatusJsonTest {
  private static String seed() throws IOException {
    return new String(GoldenFileTest.resource("/golden/seed-2015-11.json"), StandardCharsets.UTF_8);
  }

  @Test
  void theSeedWithoutItsCommitmentStatusesReadsWithEveryCommitmentStatusNotStated()
      throws IOException {
    ProgressReport seed = ReformJson.readReport(seed());
    JsonMapper trees = JsonMapper.builder().build();
    ObjectNode root = (ObjectNode) trees.readTree(seed());
    for (JsonNode commitment : root.path("programme").path("commitments")) {
      assertThat(((ObjectNode) commitment).remove("status")).isNotNull();
    }
    String unstated = trees.writeValueAsString(root);

    ProgressReport read = ReformJson.readReport(unstated);

    assertThat(read.programme().commitments())
        .hasSameSizeAs(seed.programme().commitments())
        .allSatisfy(c -> assertThat(c.status()).isEmpty());
    assertThat(read.programme().commitments().get(0).phases())
        .allSatisfy(p -> assertThat(p.status()).isPresent());
    assertThat(read.programme().status()).isEqualTo(seed.programme().status());
  }

  @Test
  void aStatusNotStatedIsLeftOutOnWriteAndTheDocumentReadsBackUnchanged() {
    ReformProgramme programme =
        ReformProgramme.builder()
            .id(org.reformkit.core.model.ProgrammeId.of("who-reform"))
            .name(org.reformkit.core.model.LocalizedText.of("en", "WHO reform"))
            .addCommitment(
                Commitment.builder()
                    .id(org.reformkit.core.model.CommitmentId.of("programmes"))
                    .title(org.reformkit.core.model.LocalizedText.of("en", "Programmes"))
                    .build())
            .build();

    String json = ReformJson.writer().forProgramme().withLayout(Layout.COMPACT).write(programme);

    assertThat(json).doesNotContain("status");
    assertThat(ReformJson.reader().forProgramme().read(json)).isEqualTo(programme);
    ReformProgramme stated = programme.withStatus(Status.IN_PROGRESS);
    assertThat(ReformJson.writer().forProgramme().withLayout(Layout.COMPACT).write(stated))
        .contains("\"status\":\"in-progress\"");
    assertThat(stated.status()).isNotEqualTo(Optional.empty());
  }
}
