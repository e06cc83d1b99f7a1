package org.reformkit.core.rules;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Maps;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.reformkit.core.model.Commitment;
import org.reformkit.core.model.ElementPath;
import org.reformkit.core.model.FinanceTotal;
import org.reformkit.core.model.FinancialLine;
import org.reformkit.core.model.GoverningBodyDocument;
import org.reformkit.core.model.Indicator;
import org.reformkit.core.model.Milestone;
import org.reformkit.core.model.Phase;
import org.reformkit.core.model.Post;
import org.reformkit.core.model.PostDetails;
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
 * A set of rules, as a value: the {@linkplain #standard() standard catalogue}, with rules removed,
 * severities changed or a caller's own rules added. Validates a whole progress report or programme,
 * or a single element at its own level (one post, phase, indicator or document) without building a
 * programme.
 *
 * <pre>{@code
 * RuleSet rules = RuleSet.standard()
 *     .without("PHASE_OVERDUE")
 *     .withSeverity("POST_TRANSFER_SOURCE", Severity.WARNING)
 *     .with(Rule.of("POST_GRADE_STATED", PostDetails.class, Severity.INFO, "A post states its grade",
 *         (post, at) -> { if (post.grade().isEmpty()) at.report("No grade", ImmutableMap.of()); }));
 * ValidationResult whole = rules.validate(report, Locale.ENGLISH);
 *
 * // one rule on one post
 * ValidationContext context = ValidationContext.of(LocalDate.of(2015, 11, 1), Locale.ENGLISH);
 * ValidationResult one = RuleSet.standard().only("POST_GRADE_LOCATION").validate(post, context);
 * }</pre>
 *
 * <p>Immutable and thread-safe: one rule set may validate from many threads at once.
 */
public final class RuleSet {
  private static final RuleSet STANDARD = new RuleSet(StandardRules.all(), ImmutableMap.of());
  private static final RuleSet EMPTY = new RuleSet(ImmutableList.of(), ImmutableMap.of());

  private final ImmutableList<Rule<?>> rules;
  private final ImmutableMap<String, Severity> severities;

  private RuleSet(ImmutableList<Rule<?>> rules, ImmutableMap<String, Severity> severities) {
    this.rules = rules;
    this.severities = severities;
  }

  /**
   * Returns the standard catalogue of reform rules, each at its default severity. The catalogue is
   * listed, with what each rule checks, in {@code docs/RULES.md}.
   *
   * @return the standard rules
   */
  public static RuleSet standard() {
    return STANDARD;
  }

  /**
   * Returns the rule set without rules.
   *
   * @return the empty rule set
   */
  public static RuleSet empty() {
    return EMPTY;
  }

  /**
   * Returns a rule set of these rules, in this order.
   *
   * @param rules the rules
   * @return the rule set
   * @throws IllegalArgumentException if two rules share a code
   */
  public static RuleSet of(Rule<?>... rules) {
    RuleSet set = EMPTY;
    for (Rule<?> rule : rules) {
      set = set.with(rule);
    }
    return set;
  }

  /**
   * Returns the rules, in the order they run on each element.
   *
   * @return the rules
   */
  public ImmutableList<Rule<?>> rules() {
    return rules;
  }

  /**
   * Returns the codes of the rules, in order.
   *
   * @return the codes
   */
  public ImmutableSet<String> codes() {
    return rules.stream().map(Rule::code).collect(ImmutableSet.toImmutableSet());
  }

  /**
   * Returns the rule with this code, if the set has it.
   *
   * @param code the code
   * @return the rule
   */
  public Optional<Rule<?>> rule(String code) {
    return rules.stream().filter(r -> r.code().equals(code)).findFirst();
  }

  /**
   * Returns the severity the rule's findings get in this set: the one set by {@link #withSeverity},
   * or the rule's default.
   *
   * @param code the rule's code
   * @return the severity
   * @throws IllegalArgumentException if the set has no rule with this code
   */
  public Severity severity(String code) {
    Severity changed = severities.get(code);
    if (changed != null) {
      return changed;
    }
    return require(code).defaultSeverity();
  }

  /**
   * Returns a copy without the rules with these codes.
   *
   * @param codes the codes to remove
   * @return the smaller rule set
   * @throws IllegalArgumentException if the set has no rule with one of the codes
   */
  public RuleSet without(String... codes) {
    ImmutableSet<String> removed = ImmutableSet.copyOf(codes);
    removed.forEach(this::require);
    return new RuleSet(
        rules.stream()
            .filter(r -> !removed.contains(r.code()))
            .collect(ImmutableList.toImmutableList()),
        ImmutableMap.copyOf(Maps.filterKeys(severities, k -> !removed.contains(k))));
  }

  /**
   * Returns a copy with only the rules with these codes (in this set's order).
   *
   * @param codes the codes to keep
   * @return the smaller rule set
   * @throws IllegalArgumentException if the set has no rule with one of the codes
   */
  public RuleSet only(String... codes) {
    ImmutableSet<String> kept = ImmutableSet.copyOf(codes);
    kept.forEach(this::require);
    return without(
        rules.stream().map(Rule::code).filter(c -> !kept.contains(c)).toArray(String[]::new));
  }

  /**
   * Returns a copy in which the rule's findings get another severity.
   *
   * @param code the rule's code
   * @param severity the new severity
   * @return the changed rule set
   * @throws IllegalArgumentException if the set has no rule with this code
   */
  public RuleSet withSeverity(String code, Severity severity) {
    require(code);
    Objects.requireNonNull(severity, "severity");
    Map<String, Severity> changed = new LinkedHashMap<>(severities);
    changed.put(code, severity);
    return new RuleSet(rules, ImmutableMap.copyOf(changed));
  }

  /**
   * Returns a copy with one more rule, which runs after the others.
   *
   * @param rule the rule
   * @return the larger rule set
   * @throws IllegalArgumentException if the set already has a rule with the same code
   */
  public RuleSet with(Rule<?> rule) {
    checkArgument(rule(rule.code()).isEmpty(), "the rule set already has a rule %s", rule.code());
    return new RuleSet(
        ImmutableList.<Rule<?>>builder().addAll(rules).add(rule).build(), severities);
  }

  private Rule<?> require(String code) {
    return rule(code)
        .orElseThrow(() -> new IllegalArgumentException("the rule set has no rule " + code));
  }

  /**
   * Validates a whole progress report: the report, its document (at {@code document}) and its
   * programme (commitments at {@code commitments[id]}, and so on).
   *
   * @param report the report
   * @param context the as-of date and locale
   * @return the findings
   */
  public ValidationResult validate(ProgressReport report, ValidationContext context) {
    Walk walk = new Walk(this, context);
    walk.report(report);
    return walk.result();
  }

  /**
   * Validates a whole progress report as of its own date (the last day it may mean).
   *
   * @param report the report
   * @param locale the locale of the messages
   * @return the findings
   */
  public ValidationResult validate(ProgressReport report, Locale locale) {
    return validate(report, ValidationContext.forReport(report, locale));
  }

  /**
   * Validates a whole programme.
   *
   * @param programme the programme
   * @param context the as-of date and locale
   * @return the findings
   */
  public ValidationResult validate(ReformProgramme programme, ValidationContext context) {
    Walk walk = new Walk(this, context);
    walk.programme(programme);
    return walk.result();
  }

  /**
   * Validates a series of reports with the rules that apply to a {@link ReportSeries} (the {@code
   * SERIES_...} rules of the standard catalogue): what the reports show only when read together,
   * such as an item dropped without being completed. Each report is validated on its own with
   * {@link #validate(ProgressReport, Locale)}. Findings name the item's path and the reports by
   * symbol; the context's report is the series' last.
   *
   * @param series the series
   * @param context the day and language
   * @return the findings
   */
  public ValidationResult validate(ReportSeries series, ValidationContext context) {
    Walk walk = new Walk(this, context);
    walk.series(series);
    return walk.result();
  }

  /**
   * Validates a series of reports as of its last report's date, with messages in the locale's
   * language: see {@link #validate(ReportSeries, ValidationContext)}.
   *
   * <pre>{@code
   * ValidationResult result =
   *     RuleSet.standard().validate(ReportSeries.of(march, november), Locale.ENGLISH);
   * }</pre>
   *
   * @param series the series
   * @param locale the language of the messages
   * @return the findings
   */
  public ValidationResult validate(ReportSeries series, Locale locale) {
    return validate(series, ValidationContext.forReport(series.last(), locale));
  }

  /**
   * Validates one commitment with its phases and milestones, at {@code commitments[id]}. Rules that
   * need the whole programme (references, totals) say nothing.
   *
   * @param commitment the commitment
   * @param context the as-of date and locale
   * @return the findings
   */
  public ValidationResult validate(Commitment commitment, ValidationContext context) {
    Walk walk = new Walk(this, context);
    walk.commitment(commitment, ElementPath.root().key("commitments", commitment.id()));
    return walk.result();
  }

  /**
   * Validates one phase on its own, at {@code phases[id]}. Rules that compare it with other phases
   * of its commitment say nothing.
   *
   * @param phase the phase
   * @param context the as-of date and locale
   * @return the findings
   */
  public ValidationResult validate(Phase phase, ValidationContext context) {
    return validateElement(phase, ElementPath.root().key("phases", phase.id()), context);
  }

  /**
   * Validates one milestone on its own, at {@code milestones[id]}.
   *
   * @param milestone the milestone
   * @param context the as-of date and locale
   * @return the findings
   */
  public ValidationResult validate(Milestone milestone, ValidationContext context) {
    return validateElement(
        milestone, ElementPath.root().key("milestones", milestone.id()), context);
  }

  /**
   * Validates one post or one counted line of posts on its own, at {@code posts[id]} or {@code
   * postLines[id]}.
   *
   * @param post the post or line
   * @param context the as-of date and locale
   * @return the findings
   */
  public ValidationResult validate(PostDetails post, ValidationContext context) {
    ElementPath path = ElementPath.root();
    if (post instanceof PostLine line) {
      path = path.key("postLines", line.id());
    } else if (post instanceof Post single) {
      path = path.key("posts", single.id());
    }
    return validateElement(post, path, context);
  }

  /**
   * Validates one stated total of posts on its own, at {@code postTotals[id]}. The rule that adds
   * up its lines needs the programme and says nothing.
   *
   * @param total the total
   * @param context the as-of date and locale
   * @return the findings
   */
  public ValidationResult validate(PostTotal total, ValidationContext context) {
    return validateElement(total, ElementPath.root().key("postTotals", total.id()), context);
  }

  /**
   * Validates one financial line on its own, at {@code finances.lines[id]}.
   *
   * @param line the line
   * @param context the as-of date and locale
   * @return the findings
   */
  public ValidationResult validate(FinancialLine line, ValidationContext context) {
    return validateElement(
        line, ElementPath.root().field("finances").key("lines", line.id()), context);
  }

  /**
   * Validates one stated total of money on its own, at {@code finances.totals[id]}. The rule that
   * adds up its lines needs the programme and says nothing.
   *
   * @param total the total
   * @param context the as-of date and locale
   * @return the findings
   */
  public ValidationResult validate(FinanceTotal total, ValidationContext context) {
    return validateElement(
        total, ElementPath.root().field("finances").key("totals", total.id()), context);
  }

  /**
   * Validates one risk on its own, at {@code risks[id]}. The rule on the commitments it threatens
   * needs the programme and says nothing.
   *
   * @param risk the risk
   * @param context the as-of date and locale
   * @return the findings
   */
  public ValidationResult validate(Risk risk, ValidationContext context) {
    return validateElement(risk, ElementPath.root().key("risks", risk.id()), context);
  }

  /**
   * Validates one recommendation on its own, at {@code recommendations.listed[id]}. The rules that
   * look up its commitments need the programme: without it, any commitment named answers it and no
   * commitment's status is checked.
   *
   * @param recommendation the recommendation
   * @param context the as-of date and locale
   * @return the findings
   */
  public ValidationResult validate(Recommendation recommendation, ValidationContext context) {
    return validateElement(
        recommendation,
        ElementPath.root().field("recommendations").key("listed", recommendation.id()),
        context);
  }

  /**
   * Validates one stated count of recommendations on its own, at {@code
   * recommendations.totals[id]}. The rules that compare it with other counts and with the listed
   * recommendations need the programme and say nothing.
   *
   * @param total the stated count
   * @param context the as-of date and locale
   * @return the findings
   */
  public ValidationResult validate(RecommendationTotal total, ValidationContext context) {
    return validateElement(
        total, ElementPath.root().field("recommendations").key("totals", total.id()), context);
  }

  /**
   * Validates one indicator on its own, at {@code indicators[id]}.
   *
   * @param indicator the indicator
   * @param context the as-of date and locale
   * @return the findings
   */
  public ValidationResult validate(Indicator indicator, ValidationContext context) {
    return validateElement(
        indicator, ElementPath.root().key("indicators", indicator.id()), context);
  }

  /**
   * Validates one governing-body document on its own, at {@code document}.
   *
   * @param document the document
   * @param context the as-of date and locale
   * @return the findings
   */
  public ValidationResult validate(GoverningBodyDocument document, ValidationContext context) {
    return validateElement(document, ElementPath.root().field("document"), context);
  }

  /**
   * Validates one staff engagement on its own, at {@code engagements[id]}.
   *
   * @param engagement the engagement
   * @param context the as-of date and locale
   * @return the findings
   */
  public ValidationResult validate(StaffEngagement engagement, ValidationContext context) {
    return validateElement(
        engagement, ElementPath.root().key("engagements", engagement.id()), context);
  }

  /**
   * Validates any one element on its own, at the given path: runs every rule whose element type the
   * element has. For a caller's own element types and rules.
   *
   * @param element the element
   * @param path the path its findings are given
   * @param context the as-of date and locale
   * @return the findings
   */
  public ValidationResult validateElement(
      Object element, ElementPath path, ValidationContext context) {
    Walk walk = new Walk(this, context);
    walk.visit(element, path, Optional.empty());
    return walk.result();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RuleSet that
        && rules.equals(that.rules)
        && severities.equals(that.severities);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rules, severities);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("RuleSet[");
    for (Rule<?> rule : rules) {
      if (out.length() > "RuleSet[".length()) {
        out.append(", ");
      }
      out.append(rule.code());
      Severity changed = severities.get(rule.code());
      if (changed != null) {
        out.append('=').append(changed);
      }
    }
    return out.append(']').toString();
  }
}
