package org.reformkit.core.rules;

import static org.reformkit.core.rules.Facts.values;
import static org.reformkit.core.rules.StandardRules.define;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.reformkit.core.model.CommitmentId;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.Risk;
import org.reformkit.core.model.RiskStatus;

/** Rules on the risks a report states. Internal. */
final class RiskRules {
  private RiskRules() {}

  static ImmutableList<Rule<?>> all() {
    return ImmutableList.of(highUnmitigated(), commitmentUnknown());
  }

  static Rule<Risk> highUnmitigated() {
    String code = "RISK_HIGH_UNMITIGATED";
    return define(
        Rule.builder(code, Risk.class)
            .severity(Severity.WARNING)
            .whenFactsMissing(MissingFacts.SKIP_IF_ANY_MISSING)
            .title("An open risk of high likelihood and high impact has a mitigation")
            .description(
                "An open risk whose likelihood and impact are both high, with no mitigation"
                    + " stated, is reported. What is high is the scale's own word: \"high\" on"
                    + " the low/medium/high scale, and on a numbered scale the levels from the"
                    + " one the report states; a numbered scale with no stated threshold never"
                    + " makes a risk high. Risks whose status, likelihood or impact is not stated"
                    + " are skipped.")
            .messages(MessageKey.of(code)),
        (risk, at) -> {
          boolean open = risk.status().map(RiskStatus::isOpen).orElse(false);
          if (open
              && risk.isHighLikelihoodAndImpact().orElse(false)
              && risk.mitigation().isEmpty()) {
            at.report(
                MessageKey.of(code),
                values(
                    "risk", risk.id(),
                    "likelihood", risk.likelihood().orElseThrow(),
                    "impact", risk.impact().orElseThrow()));
          }
        });
  }

  static Rule<Risk> commitmentUnknown() {
    String code = "RISK_COMMITMENT_UNKNOWN";
    return define(
        Rule.builder(code, Risk.class)
            .severity(Severity.ERROR)
            .whenFactsMissing(MissingFacts.SKIP_IF_ANY_MISSING)
            .title("A risk threatens only commitments the programme has")
            .description(
                "Each commitment a risk says it threatens must be a commitment of the programme;"
                    + " one that is not is reported. Skipped when the risk is checked without its"
                    + " programme.")
            .messages(MessageKey.of(code)),
        (risk, at) -> {
          Optional<ReformProgramme> programme = at.programme();
          if (programme.isEmpty()) {
            return;
          }
          for (CommitmentId id : risk.commitments()) {
            if (programme.get().commitment(id).isEmpty()) {
              at.report(
                  at.path().field("commitments"),
                  MessageKey.of(code),
                  values("risk", risk.id(), "commitment", id));
            }
          }
        });
  }
}
