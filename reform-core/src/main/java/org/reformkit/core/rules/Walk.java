package org.reformkit.core.rules;

import java.util.ArrayList;
import java.util.List;
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
 */
final class Walk {
  private final RuleSet rules;
  private final ValidationContext context;
  private final List<Finding> findings = new ArrayList<>();
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
    for (PostLine line : p.postLines()) {
      visit(line, root.key("postLines", line.id()), Optional.empty());
    }
    for (Post post : p.posts()) {
      visit(post, root.key("posts", post.id()), Optional.empty());
    }
    for (PostTotal total : p.postTotals()) {
      visit(total, root.key("postTotals", total.id()), Optional.empty());
    }
    for (Indicator indicator : p.indicators()) {
      visit(indicator, root.key("indicators", indicator.id()), Optional.empty());
    }
    for (StaffEngagement engagement : p.engagements()) {
      visit(engagement, root.key("engagements", engagement.id()), Optional.empty());
    }
    for (ExternalSupport support : p.externalSupport()) {
      visit(support, root.key("externalSupport", support.id()), Optional.empty());
    }
    for (Policy policy : p.policies()) {
      visit(policy, root.key("policies", policy.id()), Optional.empty());
    }
    for (Committee committee : p.committees()) {
      visit(committee, root.key("committees", committee.id()), Optional.empty());
    }
  }

  void commitment(Commitment commitment, ElementPath path) {
    visit(commitment, path, Optional.empty());
    for (Phase phase : commitment.phases()) {
      visit(phase, path.key("phases", phase.id()), Optional.of(commitment));
    }
    for (Milestone milestone : commitment.milestones()) {
      visit(milestone, path.key("milestones", milestone.id()), Optional.of(commitment));
    }
  }

  void visit(Object element, ElementPath path, Optional<Commitment> commitment) {
    for (Rule<?> rule : rules.rules()) {
      run(rule, element, path, commitment);
    }
  }

  private <T> void run(Rule<T> rule, Object element, ElementPath path, Optional<Commitment> in) {
    if (!rule.elementType().isInstance(element)) {
      return;
    }
    RuleContext ruleContext =
        new RuleContext(
            context,
            path,
            report,
            programme,
            in,
            rule.code(),
            rules.severity(rule.code()),
            findings);
    rule.check(rule.elementType().cast(element), ruleContext);
  }
}
