package org.reformkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.ReformProgramme;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Eight threads, released together by a latch, read and write through the same {@code ReformJson}
 * entry points and one shared {@code JsonMapper} with the {@link ReformModule}, many times over,
 * and each gets exactly the results a single thread got for the same input: the same text, the same
 * values read back, the same errors.
 */
class ConcurrencyStressTest {
  private static final int THREADS = 8;
  private static final int ROUNDS = TestSizes.examples(10);
  private static final JsonMapper SHARED =
      JsonMapper.builder().addModule(new ReformModule()).build();
  private static final JsonMapper TREES = JsonMapper.builder().build();

  /** Everything one pass over a report gives, to compare with {@code equals}. */
  private static List<Object> exercise(ProgressReport report, String extendedJson, String badJson) {
    List<Object> out = new ArrayList<>();
    String compact = ReformJson.writer().withLayout(Layout.COMPACT).write(report);
    String pretty = ReformJson.writer().withLayout(Layout.PRETTY).write(report);
    StringWriter writer = new StringWriter();
    ReformJson.writer().withLayout(Layout.PRETTY).write(report, writer);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ReformJson.writer().withLayout(Layout.COMPACT).write(report, bytes);
    out.add(compact);
    out.add(pretty);
    out.add(writer.toString());
    out.add(bytes.toString(StandardCharsets.UTF_8));
    out.add(ReformJson.reader().read(compact));
    out.add(ReformJson.reader().read(new StringReader(pretty)));
    out.add(ReformJson.reader().read(new ByteArrayInputStream(bytes.toByteArray())));
    ReformProgramme programme = report.programme();
    String programmeJson =
        ReformJson.writer().forProgramme().withLayout(Layout.PRETTY).write(programme);
    out.add(programmeJson);
    out.add(ReformJson.reader().forProgramme().read(programmeJson));
    Extended<ProgressReport> extended = ReformJson.reader().keepingUnknown().read(extendedJson);
    out.add(extended);
    out.add(ReformJson.writer().keepingUnknown().withLayout(Layout.COMPACT).write(extended));
    String viaMapper = SHARED.writeValueAsString(report);
    out.add(viaMapper);
    out.add(SHARED.readValue(viaMapper, ProgressReport.class));
    out.add(SHARED.readValue(SHARED.writeValueAsString(programme), ReformProgramme.class));
    try {
      ReformJson.reader().read(badJson);
      out.add("bad document read");
    } catch (ReformJsonException e) {
      out.add(e.getMessage());
    }
    return out;
  }

  private record Case(ProgressReport report, String extendedJson, String badJson) {
    List<Object> run() {
      return exercise(report, extendedJson, badJson);
    }
  }

  private static List<Case> cases() throws IOException {
    List<ProgressReport> reports = new ArrayList<>();
    reports.add(GoldenFileTest.seed());
    TestSizes.qt()
        .withFixedSeed(88L)
        .withExamples(11)
        .forAll(ModelGenerators.report())
        .checkAssert(reports::add);
    List<String> bad = new ArrayList<>();
    for (BadDocumentsTest.Expected expected : BadDocumentsTest.expected()) {
      if (!expected.file().startsWith("encoding-")) {
        bad.add(
            Files.readString(
                BadDocumentsTest.resources().resolve("bad").resolve(expected.file()),
                StandardCharsets.UTF_8));
      }
    }
    List<Case> cases = new ArrayList<>();
    for (int i = 0; i < reports.size(); i++) {
      ProgressReport report = reports.get(i);
      ObjectNode tree =
          (ObjectNode) TREES.readTree(ReformJson.writer().withLayout(Layout.COMPACT).write(report));
      tree.put("schemaVersion", "1." + (i + 1));
      tree.putObject("extra" + i).put("n", i).putArray("list").add("x").add(i * 1.5);
      cases.add(new Case(report, TREES.writeValueAsString(tree), bad.get(i * 5 % bad.size())));
    }
    return cases;
  }

  @Test
  void eightThreadsSharingTheEntryPointsAndAMapperGetWhatOneThreadGets() throws Exception {
    List<Case> cases = cases();
    List<List<Object>> expected = new ArrayList<>();
    for (Case c : cases) {
      expected.add(c.run());
    }
    assertThat(expected)
        .allSatisfy(
            results ->
                assertThat(results.get(results.size() - 1)).isNotEqualTo("bad document read"));

    CountDownLatch start = new CountDownLatch(1);
    Queue<String> differences = new ConcurrentLinkedQueue<>();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Integer>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        done.add(
            pool.submit(
                () -> {
                  start.await();
                  int passes = 0;
                  for (int round = 0; round < ROUNDS; round++) {
                    for (int k = 0; k < cases.size(); k++) {
                      int i = (k + thread * 3 + round) % cases.size();
                      List<Object> got = cases.get(i).run();
                      if (!got.equals(expected.get(i))) {
                        differences.add("thread " + thread + ", round " + round + ", case " + i);
                      }
                      passes++;
                    }
                  }
                  return passes;
                }));
      }
      start.countDown();
      for (Future<Integer> f : done) {
        assertThat(f.get(5, TimeUnit.MINUTES)).isEqualTo(ROUNDS * cases.size());
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(differences).isEmpty();
  }
}
