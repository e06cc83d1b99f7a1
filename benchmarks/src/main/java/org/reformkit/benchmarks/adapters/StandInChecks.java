package org.reformkit.benchmarks.adapters;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.reformkit.core.model.Commitment;
import org.reformkit.core.model.GradeGroup;
import org.reformkit.core.model.Indicator;
import org.reformkit.core.model.IndicatorValue;
import org.reformkit.core.model.MeasureKind;
import org.reformkit.core.model.Measurement;
import org.reformkit.core.model.OriginKind;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.Phase;
import org.reformkit.core.model.PostDetails;
import org.reformkit.core.model.PostLine;
import org.reformkit.core.model.PostLineId;
import org.reformkit.core.model.PostStatus;
import org.reformkit.core.model.PostTotal;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.Status;

/**
 * A hand-written stand-in for the rule engine, used until {@code org.reformkit.core.rules} is
 * merged: it counts the findings that a few of the standard rules would give, walking the model
 * directly. Its timings are NOT the engine's; {@code RESULTS.md} marks every figure measured
 * through it.
 */
final class StandInChecks {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private StandInChecks() {}

  /** The shared per-element checks; see {@code SharedChecks}. */
  static int shared(ReformProgramme programme) {
    int findings = 0;
    for (Commitment commitment : programme.commitments()) {
      for (Phase phase : commitment.phases()) {
        findings += outOfOrder(phase.plannedStart(), phase.plannedEnd());
        findings += outOfOrder(phase.actualStart(), phase.actualEnd());
      }
    }
    for (PostLine line : programme.postLines()) {
      if (line.count() <= 0) {
        findings++;
      }
    }
    for (Indicator indicator : programme.indicators()) {
      for (Measurement measurement : indicator.measurements()) {
        if (!percentageInRange(measurement.value())) {
          findings++;
        }
      }
    }
    return findings;
  }

  /** A few standard rules across elements, as of the report's date. */
  static int standard(ProgressReport report) {
    ReformProgramme programme = report.programme();
    LocalDate asOf = report.asOf().lastDay();
    int findings = shared(programme);
    for (Commitment commitment : programme.commitments()) {
      boolean earlierNotStarted = false;
      for (Phase phase : commitment.phases()) {
        if (earlierNotStarted && phase.status() != Status.NOT_STARTED) {
          findings++;
        }
        earlierNotStarted |= phase.status() == Status.NOT_STARTED;
        if (phase.status() == Status.COMPLETED && phase.actualEnd().isEmpty()) {
          findings++;
        }
        if (phase.actualEnd().map(d -> d.isCertainlyAfter(asOf)).orElse(false)) {
          findings++;
        }
      }
    }
    Map<PostLineId, Integer> counts = new HashMap<>();
    for (PostLine line : programme.postLines()) {
      counts.put(line.id(), line.count());
      findings += postFindings(line);
    }
    for (PostDetails post : programme.posts()) {
      findings += postFindings(post);
    }
    for (PostTotal total : programme.postTotals()) {
      int sum = 0;
      for (PostLineId line : total.lines()) {
        Integer count = counts.get(line);
        if (count == null) {
          findings++;
        } else {
          sum += count;
        }
      }
      if (sum != total.count()) {
        findings++;
      }
    }
    for (Indicator indicator : programme.indicators()) {
      for (Measurement measurement : indicator.measurements()) {
        if (measurement.value().kind() != indicator.measure().kind()) {
          findings++;
        }
        if (measurement.date().isCertainlyAfter(asOf)) {
          findings++;
        }
      }
    }
    return findings;
  }

  private static int postFindings(PostDetails post) {
    int findings = 0;
    if (post.origin().kind() == OriginKind.TRANSFERRED && post.origin().from().isEmpty()) {
      findings++;
    }
    if (post.grade().map(g -> g.group() == GradeGroup.NATIONAL_OFFICER).orElse(false)
        && !post.location().inField()) {
      findings++;
    }
    if (post.origin().kind() == OriginKind.ABOLISHED
        && post.status().map(s -> s == PostStatus.FILLED).orElse(false)) {
      findings++;
    }
    return findings;
  }

  private static int outOfOrder(Optional<PartialDate> start, Optional<PartialDate> end) {
    if (start.isPresent() && end.isPresent()
        && start.get().firstDay().isAfter(end.get().firstDay())) {
      return 1;
    }
    return 0;
  }

  private static boolean percentageInRange(IndicatorValue value) {
    if (value.kind() != MeasureKind.PERCENTAGE) {
      return true;
    }
    BigDecimal number = value.number().orElseThrow();
    return number.signum() >= 0 && number.compareTo(HUNDRED) <= 0;
  }
}
