package org.reformkit.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reformkit.core.analysis.Analyses;
import org.reformkit.core.model.ProgressReport;

/**
 * Validation with the standard rules and every analysis, run on shared instances (one rule set, one
 * context, the same reports) from eight threads released together, give exactly what one thread
 * gives: nothing in the model, the rules or the analyses keeps unsynchronised mutable state.
 */
class ConcurrencyStressTest {
  private static final int THREADS = 8;
  private static final int ROUNDS = Integer.getInteger("reformkit.stress.rounds", 25);

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void eightThreadsAtOnceGetWhatOneThreadGets() throws Exception {
    List<ProgressReport> reports = new ArrayList<>();
    // the hand-built report, an earlier one, and generated (mostly faulty) ones
    reports.add(Fixtures.report());
    reports.add(Fixtures.report().withAsOf(Fixtures.date("2015-03")));
    qt().withExamples(6)
        .withFixedSeed(8L)
        .forAll(ProgrammeGenerator.reports())
        .checkAssert(reports::add);
    RuleSet rules = RuleSet.standard();
    ValidationContext context = ValidationContext.of(Fixtures.AS_OF, Locale.ENGLISH);

    List<List<Object>> expected = new ArrayList<>();
    for (int i = 0; i < reports.size(); i++) {
      expected.add(everything(rules, context, reports, i));
    }
    assertThat(expected.get(0).get(0)).isInstanceOf(ValidationResult.class);
    assertThat(expected).anySatisfy(results -> assertThat(results.get(0).toString()).isNotBlank());

    CountDownLatch start = new CountDownLatch(1);
    CountDownLatch ready = new CountDownLatch(THREADS);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Integer>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int offset = t;
        Callable<Integer> work =
            () -> {
              ready.countDown();
              start.await();
              int compared = 0;
              for (int round = 0; round < ROUNDS; round++) {
                for (int k = 0; k < reports.size(); k++) {
                  // each thread walks the reports in its own order
                  int i = (k + offset + round) % reports.size();
                  List<Object> actual = everything(rules, context, reports, i);
                  if (!actual.equals(expected.get(i))) {
                    throw new AssertionError("report " + i + " differed in round " + round);
                  }
                  compared++;
                }
              }
              return compared;
            };
        futures.add(pool.submit(work));
      }
      assertThat(ready.await(1, TimeUnit.MINUTES)).isTrue();
      start.countDown();
      for (Future<Integer> future : futures) {
        assertThat(future.get()).isEqualTo(ROUNDS * reports.size());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Every answer for report {@code i}, as values and as printed tables. */
  private static List<Object> everything(
      RuleSet rules, ValidationContext context, List<ProgressReport> reports, int i) {
    ProgressReport report = reports.get(i);
    ProgressReport other = reports.get((i + 1) % reports.size());
    List<Object> results = new ArrayList<>();
    results.add(rules.validate(report, context));
    results.add(rules.validate(report, Locale.CHINESE));
    results.add(rules.validate(report.programme(), context));
    results.add(Analyses.postSummary(report));
    results.add(Analyses.phaseTimeline(report));
    results.add(Analyses.indicatorProgress(report));
    results.add(Analyses.programmeProgress(report));
    results.add(Analyses.compare(other, report));
    results.add(report.hashCode());
    for (Object result : List.copyOf(results)) {
      results.add(result.toString());
    }
    return results;
  }
}
