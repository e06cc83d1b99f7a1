package org.reformkit.examples.who;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.rules.CoverConventions;
import org.reformkit.core.rules.Finding;
import org.reformkit.core.rules.RuleSet;
import org.reformkit.core.rules.Severity;
import org.reformkit.core.rules.ValidationContext;
import org.reformkit.core.rules.ValidationResult;

/**
 * The standard rules on the WHO paper EB138/5: every finding, and why. The paper's text calls for
 * no error and no warning: a WHO paper has no ILO cover block and, by its body's conventions, needs
 * none; the only findings are notes (info) that the paper states no status for its four streams.
 */
class WhoReportRulesTest {
  private static final ProgressReport WHO = WhoReform2016.january2016();

  private static ValidationResult validate(ProgressReport report) {
    return RuleSet.standard().validate(report, Locale.ENGLISH);
  }

  @Test
  void aWhoPaperWithoutAnIloCoverBlockDrawsNoCoverFinding() {
    ValidationResult result = validate(WHO);
    assertThat(result.hasErrors()).isFalse();
    assertThat(result.findings("DOCUMENT_COVER_FIELDS")).isEmpty();
    assertThat(WHO.document().cover().purpose()).isEmpty();
  }

  @Test
  void underTheIloCoverConventionsTheSamePaperWouldLackTheIloCoverFields() {
    // what the paper would draw if the ILO's conventions were applied to it: the reason the
    // conventions are the body's, not the model's
    ValidationResult result =
        RuleSet.standard()
            .validate(
                WHO,
                ValidationContext.forReport(WHO, Locale.ENGLISH)
                    .withCoverConventions(CoverConventions.ilo()));
    assertThat(result.findings("DOCUMENT_COVER_FIELDS"))
        .extracting(f -> f.path().toString())
        .contains(
            "document.cover.purpose",
            "document.cover.strategicObjective",
            "document.cover.policyImplications",
            "document.cover.legalImplications",
            "document.cover.financialImplications",
            "document.cover.followUpAction",
            "document.cover.authorUnit");
  }

  @Test
  void theFourStreamsWithoutAStatusAreNotedOnceEachAndNothingElseIsWarnedAbout() {
    ValidationResult result = validate(WHO);
    assertThat(result.findings())
        .extracting(Finding::code, f -> f.path().toString(), Finding::severity)
        .containsExactly(
            tuple("STATUS_NOT_STATED", "commitments[programmes]", Severity.INFO),
            tuple("STATUS_NOT_STATED", "commitments[governance]", Severity.INFO),
            tuple("STATUS_NOT_STATED", "commitments[management]", Severity.INFO),
            tuple("STATUS_NOT_STATED", "commitments[emergencies]", Severity.INFO));
    // the programme's own status is stated (implementation since 2011, paragraph 3)
    assertThat(result.findings()).noneMatch(f -> f.path().toString().equals("programme"));
  }

  @Test
  void theWhoSymbolIsOfAKnownFormAndItsDocumentNumberIsNotTakenForTheAgendaItem() {
    // EB138/5 is a recognised WHO symbol; its number 5 is not the agenda item 5.1
    assertThat(validate(WHO).findings("DOCUMENT_SYMBOL_FORM")).isEmpty();
    assertThat(validate(WHO).findings("DOCUMENT_AGENDA_ITEM")).isEmpty();
    assertThat(WHO.document().symbol().item()).isEmpty();
  }

  @Test
  void theIndicatorWithoutATargetDrawsNoFindingBecauseThereIsNoMonitoringFrameworkInProgress() {
    // MONITORING_INDICATOR_TARGET asks for targets only while a framework "with targets" is being
    // completed; the paper describes none, so none is encoded and the rule is silent
    assertThat(WHO.programme().monitoringFramework()).isEmpty();
    assertThat(validate(WHO).findings("MONITORING_INDICATOR_TARGET")).isEmpty();
  }

  @Test
  void everyElementCitesItsParagraphSoTheSourceRuleIsSilent() {
    assertThat(validate(WHO).findings("SOURCE_PARAGRAPH")).isEmpty();
  }
}
