package org.reformkit.core.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reformkit.core.model.Commitment;
import org.reformkit.core.model.Committee;
import org.reformkit.core.model.ElementPath;
import org.reformkit.core.model.ExternalSupport;
import org.reformkit.core.model.Indicator;
import org.reformkit.core.model.Milestone;
import org.reformkit.core.model.Phase;
import org.reformkit.core.model.Policy;
import org.reformkit.core.model.Post;
import org.reformkit.core.model.PostLine;
import org.reformkit.core.model.PostTotal;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.StaffEngagement;

/**
 * One run of a rule set over some data: walks the elements in document order and runs on each the
 * rules of its type. Used by one thread for one validation. Internal.
 *
 * <p>The rules that apply to a class of element, with the severity each has in the rule set, are
 * worked out once per class and run; an element to which no rule applies is skipped without
 * building its path, and a list of elements (the model's element classes are final) whose class no
 * rule applies to is not walked at all.
 */
final class Walk {
  private static final Bound[] NONE = new Bound[0];

  private final RuleSet rules;
  private final ValidationContext context;
  private final List<Finding> findings = new ArrayList<>();
  private final Map<Class<?>, Bound[]> byClass = new HashMap<>();
  private Optional<ProgressReport> report = Optional.empty();
  private Optional<ReformProgramme> programme = Optional.empty();

  Walk(RuleSet rules, ValidationContext context) {
    this.rules = rules;
    this.context = context;
  }

  ValidationResult result() {
    return ValidationResult.of(findings);
  }

  void report(ProgressReport progressReport) {
    report = Optional.of(progressReport);
    programme = Optional.of(progressReport.programme());
    ElementPath root = ElementPath.root();
    visit(progressReport, root, Optional.empty());
    visit(progressReport.document(), root.field("document"), Optional.empty());
    programmeElements(progressReport.programme(), root);
  }

  void programme(ReformProgramme reformProgramme) {
    programme = Optional.of(reformProgramme);
    programmeElements(reformProgramme, ElementPath.root());
  }

  private void programmeElements(ReformProgramme p, ElementPath root) {
    visit(p, root, Optional.empty());
    for (Commitment commitment : p.commitments()) {
      commitment(commitment, root.key("commitments", commitment.id()));
    }
    p.monitoringFramework()
        .ifPresent(f -> visit(f, root.field("monitoringFramework"), Optional.empty()));
    if (applicable(PostLine.class).length != 0) {
      for (PostLine line : p.postLines()) {
        visitAt(line, root, "postLines", line.id(), Optional.empty());
      }
    }
    if (applicable(Post.class).length != 0) {
      for (Post post : p.posts()) {
        visitAt(post, root, "posts", post.id(), Optional.empty());
      }
    }
    if (applicable(PostTotal.class).length != 0) {
      for (PostTotal total : p.postTotals()) {
        visitAt(total, root, "postTotals", total.id(), Optional.empty());
      }
    }
    if (applicable(Indicator.class).length != 0) {
      for (Indicator indicator : p.indicators()) {
        visitAt(indicator, root, "indicators", indicator.id(), Optional.empty());
      }
    }
    if (applicable(StaffEngagement.class).length != 0) {
      for (StaffEngagement engagement : p.engagements()) {
        visitAt(engagement, root, "engagements", engagement.id(), Optional.empty());
      }
    }
    if (applicable(ExternalSupport.class).length != 0) {
      for (ExternalSupport support : p.externalSupport()) {
        visitAt(support, root, "externalSupport", support.id(), Optional.empty());
      }
    }
    if (applicable(Policy.class).length != 0) {
      for (Policy policy : p.policies()) {
        visitAt(policy, root, "policies", policy.id(), Optional.empty());
      }
    }
    if (applicable(Committee.class).length != 0) {
      for (Committee committee : p.committees()) {
        visitAt(committee, root, "committees", committee.id(), Optional.empty());
      }
    }
  }

  void commitment(Commitment commitment, ElementPath path) {
    visit(commitment, path, Optional.empty());
    Optional<Commitment> in = Optional.of(commitment);
    if (applicable(Phase.class).length != 0) {
      for (Phase phase : commitment.phases()) {
        visitAt(phase, path, "phases", phase.id(), in);
      }
    }
    if (applicable(Milestone.class).length != 0) {
      for (Milestone milestone : commitment.milestones()) {
        visitAt(milestone, path, "milestones", milestone.id(), in);
      }
    }
  }

  void visit(Object element, ElementPath path, Optional<Commitment> commitment) {
    for (Bound bound : applicable(element.getClass())) {
      run(bound, element, path, commitment);
    }
  }

  /**
   * Visits an element keyed below its parent ({@code parent.name[key]}); the path is built only if
   * a rule applies to the element.
   */
  private void visitAt(
      Object element, ElementPath parent, String name, Object key, Optional<Commitment> in) {
    ElementPath path = null;
    for (Bound bound : applicable(element.getClass())) {
      if (path == null) {
        path = parent.key(name, key);
      }
      run(bound, element, path, in);
    }
  }

  /** The rules whose element type the class has, in the set's order, with their severities. */
  private Bound[] applicable(Class<?> type) {
    Bound[] bound = byClass.get(type);
    if (bound == null) {
      List<Bound> found = new ArrayList<>();
      for (Rule<?> rule : rules.rules()) {
        if (rule.elementType().isAssignableFrom(type)) {
          found.add(new Bound(rule, rules.severity(rule.code())));
        }
      }
      bound = found.toArray(NONE);
      byClass.put(type, bound);
    }
    return bound;
  }

  private <T> void run(Bound bound, Object element, ElementPath path, Optional<Commitment> in) {
    @SuppressWarnings("unchecked") // applicable() keeps only rules whose type the element has
    Rule<T> rule = (Rule<T>) bound.rule;
    RuleContext ruleContext =
        new RuleContext(
            context, path, report, programme, in, rule.code(), bound.severity, findings);
    rule.check(rule.elementType().cast(element), ruleContext);
  }

  /** A rule with the severity its findings get in the rule set. */
  private static final class Bound {
    final Rule<?> rule;
    final Severity severity;

    Bound(Rule<?> rule, Severity severity) {
      this.rule = rule;
      this.severity = severity;
    }
  }
}
