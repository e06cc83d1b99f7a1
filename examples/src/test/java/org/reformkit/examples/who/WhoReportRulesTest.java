package org.reformkit.examples.who;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.rules.Finding;
import org.reformkit.core.rules.RuleSet;
import org.reformkit.core.rules.Severity;
import org.reformkit.core.rules.ValidationResult;

/**
 * The standard rules on the WHO paper EB138/5: every finding, and why. The paper's text calls for
 * none of them: the only findings are the ILO's cover fields, which a WHO Executive Board paper
 * does not have, and which the standard rules still require of every paper.
 */
class WhoReportRulesTest {
  private static final ProgressReport WHO = WhoReform2016.january2016();

  private static ValidationResult validate(ProgressReport report) {
    return RuleSet.standard().validate(report, Locale.ENGLISH);
  }

  @Test
  void theOnlyErrorsAreTheIloCoverFieldsThatAWhoPaperDoesNotHave() {
    ValidationResult result = validate(WHO);
    assertThat(result.findings().stream().filter(f -> f.severity() == Severity.ERROR))
        .extracting(Finding::code, f -> f.path().toString(), Finding::severity)
        .containsExactly(
            tuple("DOCUMENT_COVER_FIELDS", "document.cover.purpose", Severity.ERROR),
            tuple("DOCUMENT_COVER_FIELDS", "document.cover.strategicObjective", Severity.ERROR),
            tuple("DOCUMENT_COVER_FIELDS", "document.cover.policyImplications", Severity.ERROR),
            tuple("DOCUMENT_COVER_FIELDS", "document.cover.legalImplications", Severity.ERROR),
            tuple("DOCUMENT_COVER_FIELDS", "document.cover.financialImplications", Severity.ERROR),
            tuple("DOCUMENT_COVER_FIELDS", "document.cover.followUpAction", Severity.ERROR),
            tuple("DOCUMENT_COVER_FIELDS", "document.cover.authorUnit", Severity.ERROR));
    // a WHO paper's header has a symbol, session, date and agenda item, and no such cover block
    assertThat(WHO.document().cover().purpose()).isEmpty();
    // the main relevant outcome is required only from 2017; the paper is of January 2016
    assertThat(result.findings()).noneMatch(f -> f.path().toString().endsWith("mainOutcome"));
  }

  @Test
  void theFourStreamsWithoutAStatusAreNotedOnceEachAndNothingElseIsWarnedAbout() {
    ValidationResult result = validate(WHO);
    assertThat(result.findings().stream().filter(f -> f.severity() != Severity.ERROR))
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
  void withoutTheIloCoverRuleThePaperHasNoErrorAndNoWarning() {
    ValidationResult result =
        RuleSet.standard().without("DOCUMENT_COVER_FIELDS").validate(WHO, Locale.ENGLISH);
    assertThat(result.hasErrors()).isFalse();
    assertThat(result.findings()).allMatch(f -> f.code().equals("STATUS_NOT_STATED"));
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
