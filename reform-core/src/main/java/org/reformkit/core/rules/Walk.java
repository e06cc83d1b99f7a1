package org.reformkit.core.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.reformkit.core.model.Commitment;
import org.reformkit.core.model.Committee;
import org.reformkit.core.model.ElementPath;
import org.reformkit.core.model.ExternalSupport;
import org.reformkit.core.model.FinanceTotal;
import org.reformkit.core.model.FinancialLine;
import org.reformkit.core.model.Indicator;
import org.reformkit.core.model.Milestone;
import org.reformkit.core.model.Phase;
import org.reformkit.core.model.Policy;
import org.reformkit.core.model.Post;
import org.reformkit.core.model.PostLine;
import org.reformkit.core.model.PostTotal;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.Recommendation;
import org.reformkit.core.model.RecommendationTotal;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.Risk;
import org.reformkit.core.model.StaffEngagement;
import org.reformkit.core.series.ReportSeries;

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
    return ValidationResult.of(findings, context.locale());
  }

  void report(ProgressReport progressReport) {
    report = Optional.of(progressReport);
    programme = Optional.of(progressReport.programme());
    ElementPath root = ElementPath.root();
    visit(progressReport, root, Optional.empty());
    visit(progressReport.document(), root.field("document"), Optional.empty());
    programmeElements(progressReport.programme(), root);
  }

  /** Visits the series itself, with its last report as the report in context. */
  void series(ReportSeries series) {
    report = Optional.of(series.last());
    programme = Optional.of(series.last().programme());
    visit(series, ElementPath.root(), Optional.empty());
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
    Optional<Commitment> none = Optional.empty();
    visitAll(PostLine.class, p.postLines(), root, "postLines", PostLine::id, none);
    visitAll(Post.class, p.posts(), root, "posts", Post::id, none);
    visitAll(PostTotal.class, p.postTotals(), root, "postTotals", PostTotal::id, none);
    if (!p.finances().isEmpty()) {
      // a report that states no money has no finances element, as its JSON has no property
      ElementPath finances = root.field("finances");
      visit(p.finances(), finances, none);
      visitAll(
          FinancialLine.class, p.finances().lines(), finances, "lines", FinancialLine::id, none);
      visitAll(
          FinanceTotal.class, p.finances().totals(), finances, "totals", FinanceTotal::id, none);
    }
    visitAll(Risk.class, p.risks(), root, "risks", Risk::id, none);
    visitAll(Indicator.class, p.indicators(), root, "indicators", Indicator::id, none);
    visitAll(
        StaffEngagement.class, p.engagements(), root, "engagements", StaffEngagement::id, none);
    visitAll(
        ExternalSupport.class,
        p.externalSupport(),
        root,
        "externalSupport",
        ExternalSupport::id,
        none);
    visitAll(Policy.class, p.policies(), root, "policies", Policy::id, none);
    visitAll(Committee.class, p.committees(), root, "committees", Committee::id, none);
    ElementPath recommendations = root.field("recommendations");
    visitAll(
        Recommendation.class,
        p.recommendations().listed(),
        recommendations,
        "listed",
        Recommendation::id,
        none);
    visitAll(
        RecommendationTotal.class,
        p.recommendations().totals(),
        recommendations,
        "totals",
        RecommendationTotal::id,
        none);
  }

  void commitment(Commitment commitment, ElementPath path) {
    visit(commitment, path, Optional.empty());
    Optional<Commitment> in = Optional.of(commitment);
    visitAll(Phase.class, commitment.phases(), path, "phases", Phase::id, in);
    visitAll(Milestone.class, commitment.milestones(), path, "milestones", Milestone::id, in);
  }

  void visit(Object element, ElementPath path, Optional<Commitment> commitment) {
    for (Bound bound : applicable(element.getClass())) {
      run(bound, element, path, commitment);
    }
  }

  /**
   * Visits each element of a list keyed below its parent ({@code parent.name[key]}), unless no rule
   * applies to the list's element class: the model's element classes are final, so then none
   * applies to any element and the list is not walked at all.
   */
  private <T> void visitAll(
      Class<T> type,
      List<T> elements,
      ElementPath parent,
      String name,
      Function<T, Object> key,
      Optional<Commitment> in) {
    if (applicable(type).length == 0) {
      return;
    }
    for (T element : elements) {
      visitAt(element, parent, name, key.apply(element), in);
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
