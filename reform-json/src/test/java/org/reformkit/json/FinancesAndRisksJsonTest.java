package org.reformkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.reformkit.core.model.Baseline;
import org.reformkit.core.model.CommitmentId;
import org.reformkit.core.model.DatePeriod;
import org.reformkit.core.model.Direction;
import org.reformkit.core.model.FinanceKind;
import org.reformkit.core.model.FinanceTotal;
import org.reformkit.core.model.FinanceTotalId;
import org.reformkit.core.model.Finances;
import org.reformkit.core.model.FinancialLine;
import org.reformkit.core.model.FinancialLineId;
import org.reformkit.core.model.FundingSource;
import org.reformkit.core.model.Indicator;
import org.reformkit.core.model.IndicatorId;
import org.reformkit.core.model.IndicatorValue;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.Location;
import org.reformkit.core.model.Measure;
import org.reformkit.core.model.MeasureKind;
import org.reformkit.core.model.Money;
import org.reformkit.core.model.OrgUnit;
import org.reformkit.core.model.OriginKind;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.Post;
import org.reformkit.core.model.PostCategory;
import org.reformkit.core.model.PostId;
import org.reformkit.core.model.PostOrigin;
import org.reformkit.core.model.PostShare;
import org.reformkit.core.model.PostTotal;
import org.reformkit.core.model.PostTotalId;
import org.reformkit.core.model.ProgrammeId;
import org.reformkit.core.model.Recurrence;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.Risk;
import org.reformkit.core.model.RiskId;
import org.reformkit.core.model.RiskRating;
import org.reformkit.core.model.RiskStatus;
import org.reformkit.core.model.RiskTrend;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Finances and risks (format 1.2): written, read back exactly, versioned, refused when bad. */
class FinancesAndRisksJsonTest {
  private static final JsonMapper TREES = JsonMapper.builder().build();

  private static ReformProgramme bare() {
    return ReformProgramme.builder()
        .id(ProgrammeId.of("reform"))
        .name(LocalizedText.of("en", "Reform"))
        .build();
  }

  private static FinancialLine approved() {
    return FinancialLine.builder()
        .id(FinancialLineId.of("bpr-approved"))
        .description(LocalizedText.of("en", "Business process review, approved"))
        .kind(FinanceKind.APPROVED_BUDGET)
        .amount(Money.parse("USD 2500000.50"))
        .recurrence(Recurrence.ONE_TIME)
        .period(DatePeriod.between(PartialDate.ofYear(2016), PartialDate.ofYear(2017)))
        .source(FundingSource.CAPITAL_BUDGET)
        .commitment(CommitmentId.of("bpr"))
        .addParagraphs(12, 13)
        .build();
  }

  private static Risk risk() {
    return Risk.builder()
        .id(RiskId.of("r1"))
        .description(LocalizedText.of("en", "Staff resist the new mobility policy"))
        .category(LocalizedText.of("en", "Operational"))
        .likelihood(RiskRating.high())
        .impact(RiskRating.parse("4/5 high from 4"))
        .trend(RiskTrend.STABLE)
        .mitigation(LocalizedText.of("en", "Consult the staff union"))
        .owner(OrgUnit.named(LocalizedText.of("en", "HRD")))
        .identified(PartialDate.ofMonth(2016, 3))
        .status(RiskStatus.OPEN)
        .addCommitment(CommitmentId.of("hr"))
        .addParagraph(20)
        .build();
  }

  private static ReformProgramme withMoneyAndRisks() {
    return bare()
        .withFinances(
            Finances.builder()
                .addLine(approved())
                .addTotal(
                    FinanceTotal.builder()
                        .id(FinanceTotalId.of("one-time"))
                        .description(LocalizedText.of("en", "One-time investment"))
                        .amount(Money.parse("USD 2500000.50"))
                        .addLine(FinancialLineId.of("bpr-approved"))
                        .build())
                .build())
        .withRisks(risk());
  }

  @Test
  void writesMoneyAsStringsAndRisksOnTheirScaleAndReadsThemBackExactly() {
    String json = ReformJson.writer().forProgramme().write(withMoneyAndRisks());

    assertThat(json)
        .contains("\"schemaVersion\":\"1.2\"")
        .contains("\"amount\":\"USD 2500000.50\"")
        .contains("\"kind\":\"approved-budget\"")
        .contains("\"recurrence\":\"one-time\"")
        .contains("\"period\":\"2016/2017\"")
        .contains("\"source\":\"capital-budget\"")
        .contains("\"likelihood\":\"high\"")
        .contains("\"impact\":\"4/5 high from 4\"")
        .contains("\"status\":\"open\"");
    ReformProgramme read = ReformJson.reader().forProgramme().read(json);
    assertThat(read).isEqualTo(withMoneyAndRisks());
    assertThat(read.finances().lines().get(0).amount().amount().scale()).isEqualTo(2);
  }

  @Test
  void aDocumentWithoutMoneyOrRisksKeepsVersionOnePointOneAndHasNoNewProperty() {
    String json = ReformJson.writer().forProgramme().write(bare());

    assertThat(json)
        .contains("\"schemaVersion\":\"1.1\"")
        .doesNotContain("finances")
        .doesNotContain("risks");
    assertThat(ReformJson.writer().forProgramme().write(bare().withRisks(risk())))
        .contains("\"schemaVersion\":\"1.2\"");
    assertThat(Formats.versionFor(bare())).isEqualTo("1.1");
    assertThat(Formats.versionFor(bare().withRisks(risk()))).isEqualTo("1.2");
    assertThat(Formats.versionFor(withMoneyAndRisks().withRisks())).isEqualTo("1.2");
  }

  @Test
  void aKeptDocumentKeepsItsVersionUnlessItNowUsesSomethingNewer() {
    assertThat(Formats.later("1.1", "1.2")).isEqualTo("1.2");
    assertThat(Formats.later("1.2", "1.1")).isEqualTo("1.2");
    assertThat(Formats.later("1.0", "1.1")).isEqualTo("1.0");
    assertThat(Formats.later("1.0", "1.2")).isEqualTo("1.2");
    assertThat(Formats.later("1.10", "1.2")).isEqualTo("1.10");
  }

  @ParameterizedTest
  @CsvSource({"1.0", "1.1", "1.2"})
  void readsTheNewPropertiesUnderAnyMinorVersion(String version) {
    String json =
        ReformJson.writer()
            .forProgramme()
            .write(withMoneyAndRisks())
            .replace("\"schemaVersion\":\"1.2\"", "\"schemaVersion\": \"" + version + "\"");

    assertThat(ReformJson.reader().forProgramme().read(json)).isEqualTo(withMoneyAndRisks());
  }

  @Test
  void aDocumentReadAsOnePointOneThatNowHasRisksIsWrittenAsOnePointTwo() {
    String json = ReformJson.writer().forProgramme().write(bare());
    Extended<ReformProgramme> read = ReformJson.reader().forProgramme().keepingUnknown().read(json);

    ReformJsonWriter<Extended<ReformProgramme>> writer =
        ReformJson.writer().forProgramme().keepingUnknown();
    String written = writer.write(read.withValue(read.value().withRisks(risk())));

    assertThat(read.schemaVersion()).isEqualTo("1.1");
    assertThat(written).contains("\"schemaVersion\":\"1.2\"");
    assertThat(writer.write(read)).contains("\"schemaVersion\":\"1.1\"");
  }

  private static String programmeWith(String property) {
    return "{\n"
        + "  \"schemaVersion\":\"1.2\",\n"
        + "  \"id\": \"reform\",\n"
        + "  \"name\": {\"en\": \"Reform\"},\n"
        + property
        + "\n}\n";
  }

  private static String lineWithAmount(String amount) {
    return programmeWith(
        "  \"finances\": {\"lines\": [{\n"
            + "    \"id\": \"a\", \"description\": {\"en\": \"A\"}, \"kind\": \"saving\",\n"
            + "    \"amount\": "
            + amount
            + "\n  }]}");
  }

  private static ReformJsonException refused(String json) {
    ReformJsonException e =
        catchThrowableOfType(
            ReformJsonException.class, () -> ReformJson.reader().forProgramme().read(json));
    assertThat(e).as(json).isNotNull();
    return e;
  }

  @Test
  void refusesAnUnknownCurrencyWithItsPointerLineAndColumn() {
    ReformJsonException e = refused(lineWithAmount("\"ABC 12.50\""));

    assertThat(e.pointer()).isEqualTo("/finances/lines/0/amount");
    assertThat(e.line()).isEqualTo(7);
    assertThat(e.column()).isEqualTo(15);
    assertThat(e.problem()).isEqualTo("'ABC' is not an ISO 4217 currency code");
  }

  @Test
  void refusesAnAmountGivenAsAJsonNumberEvenAWholeOne() {
    ReformJsonException fraction = refused(lineWithAmount("12.50"));
    ReformJsonException whole = refused(lineWithAmount("12"));

    assertThat(fraction.pointer()).isEqualTo("/finances/lines/0/amount");
    assertThat(fraction.line()).isEqualTo(7);
    assertThat(fraction.column()).isEqualTo(15);
    assertThat(fraction.problem())
        .isEqualTo(
            "expected an amount of money as a string such as \"USD 12500000.50\", got the number"
                + " 12.50");
    assertThat(whole.problem()).startsWith("expected an amount of money as a string");
  }

  @Test
  void refusesAnAmountWithGroupingSaysWhere() {
    ReformJsonException e = refused(lineWithAmount("\"USD 12,500\""));

    assertThat(e.pointer()).isEqualTo("/finances/lines/0/amount");
    assertThat(e.problem())
        .isEqualTo(
            "'12,500' is not an amount; write digits with an optional '-' and one '.', without"
                + " grouping or exponent, such as 12500000.50");
  }

  @Test
  void refusesAnAmountBeyondItsRangeNamingTheText() {
    ReformJsonException e = refused(lineWithAmount("\"USD " + "9".repeat(21) + "\""));

    assertThat(e.problem())
        .isEqualTo(
            "'USD "
                + "9".repeat(21)
                + "' is not an amount of money: amount "
                + "9".repeat(21)
                + " is out of range: at most 20 digits before the decimal point and 20 after it");
  }

  @Test
  void refusesARatingOffItsScaleAndAnUnknownRiskStatus() {
    ReformJsonException rating =
        refused(
            programmeWith(
                "  \"risks\": [{\"id\": \"r\", \"description\": {\"en\": \"R\"},"
                    + " \"likelihood\": \"6/5\"}]"));
    ReformJsonException status =
        refused(
            programmeWith(
                "  \"risks\": [{\"id\": \"r\", \"description\": {\"en\": \"R\"},"
                    + " \"status\": \"pending\"}]"));

    assertThat(rating.pointer()).isEqualTo("/risks/0/likelihood");
    assertThat(rating.line()).isEqualTo(5);
    assertThat(rating.problem())
        .isEqualTo("'6/5' is not a risk rating: risk level 6 is not on the scale 1-5");
    assertThat(status.pointer()).isEqualTo("/risks/0/status");
    assertThat(status.problem())
        .isEqualTo("'pending' is not a risk status; expected one of open, closed");
  }

  @Test
  void refusesAFinancialLineWithoutItsAmountAndAnUnknownPropertyOfTheFinances() {
    ReformJsonException missing =
        refused(
            programmeWith(
                "  \"finances\": {\"lines\": [{\"id\": \"a\", \"description\": {\"en\": \"A\"},"
                    + " \"kind\": \"saving\"}]}"));
    ReformJsonException unknown = refused(programmeWith("  \"finances\": {\"budget\": []}"));

    assertThat(missing.pointer()).isEqualTo("/finances/lines/0");
    assertThat(missing.problem()).contains("amount");
    assertThat(unknown.pointer()).isEqualTo("/finances/budget");
    assertThat(unknown.problem())
        .isEqualTo("unknown property 'budget' in the finances; expected lines, totals");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/finances/lines/0", "/finances/totals/0", "/risks/0", "/risks/0/owner"})
  void aLineATotalOrARiskRefusesAnUnknownPropertyStrictlyAndKeepsItLeniently(String pointer) {
    ObjectNode tree =
        (ObjectNode) TREES.readTree(ReformJson.writer().forProgramme().write(withMoneyAndRisks()));
    ((ObjectNode) tree.at(pointer)).put("surprise", "kept");
    String json = TREES.writeValueAsString(tree);

    ReformJsonException e = refused(json);
    assertThat(e.pointer()).isEqualTo(pointer + "/surprise");
    assertThat(e.problem()).startsWith("unknown property 'surprise' in ");
    Extended<ReformProgramme> kept = ReformJson.reader().forProgramme().keepingUnknown().read(json);
    assertThat(kept.value()).isEqualTo(withMoneyAndRisks());
    assertThat(kept.unknownProperties().keySet()).containsExactly(pointer);
    assertThat(TREES.readTree(ReformJson.writer().forProgramme().keepingUnknown().write(kept)))
        .isEqualTo(tree);
  }

  /** A programme with a post of two shares, a total of post lines and a baseline. */
  private static ReformProgramme withPostsAndABaseline() {
    return bare()
        .withPosts(
            Post.builder()
                .id(PostId.of("p1"))
                .location(Location.headquarters())
                .category(PostCategory.TECHNICAL)
                .origin(PostOrigin.of(OriginKind.NEW))
                .addOfWhich(PostShare.of(PostOrigin.of(OriginKind.REDEPLOYED), 1))
                .build())
        .withPostTotals(
            PostTotal.builder()
                .id(PostTotalId.of("t1"))
                .description(LocalizedText.of("en", "New posts"))
                .count(1)
                .build())
        .withIndicators(
            Indicator.builder()
                .id(IndicatorId.of("i1"))
                .name(LocalizedText.of("en", "Posts filled"))
                .measure(Measure.of(MeasureKind.COUNT))
                .direction(Direction.HIGHER_IS_BETTER)
                .baseline(Baseline.builder().value(IndicatorValue.count(0)).build())
                .build());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"/posts/0", "/posts/0/ofWhich/0", "/postTotals/0", "/indicators/0/baseline"})
  void aPostATotalAShareOrABaselineRefusesAnUnknownPropertyStrictlyAndKeepsItLeniently(
      String pointer) {
    ObjectNode tree =
        (ObjectNode)
            TREES.readTree(ReformJson.writer().forProgramme().write(withPostsAndABaseline()));
    ((ObjectNode) tree.at(pointer)).put("surprise", "kept");
    String json = TREES.writeValueAsString(tree);

    ReformJsonException e = refused(json);
    assertThat(e.pointer()).isEqualTo(pointer + "/surprise");
    assertThat(e.problem()).startsWith("unknown property 'surprise' in ");
    Extended<ReformProgramme> kept = ReformJson.reader().forProgramme().keepingUnknown().read(json);
    assertThat(kept.value()).isEqualTo(withPostsAndABaseline());
    assertThat(kept.unknownProperties().keySet()).containsExactly(pointer);
  }

  @Test
  void amountsNeverGoThroughADouble() {
    String digits = "12345678901234567890.12345678901234567890";
    String json = lineWithAmount("\"CHF " + digits + "\"");

    ReformProgramme read = ReformJson.reader().forProgramme().read(json);

    assertThat(read.finances().lines().get(0).amount().amount()).isEqualTo(new BigDecimal(digits));
    assertThat(ReformJson.writer().forProgramme().write(read)).contains("\"CHF " + digits + "\"");
  }

  private static String example(String page, String section) {
    int at = page.indexOf("### " + section + "\n");
    int start = page.indexOf("```json\n", at) + "```json\n".length();
    return page.substring(start, page.indexOf("```", start));
  }

  @Test
  void theFormatPagesExamplesOfFinancesAndARiskReadAndValidate() throws java.io.IOException {
    String page =
        java.nio.file.Files.readString(
            java.nio.file.Path.of("..", "docs", "JSON-FORMAT.md"),
            java.nio.charset.StandardCharsets.UTF_8);
    String json =
        programmeWith(
            "  \"commitments\": [{\"id\": \"bpr\", \"title\": {\"en\": \"B\"}},"
                + " {\"id\": \"hr\", \"title\": {\"en\": \"H\"}}],\n"
                + "  \"finances\": "
                + example(page, "finances")
                + ",\n  \"risks\": ["
                + example(page, "risk")
                + "]");

    ReformProgramme programme = ReformJson.reader().forProgramme().read(json);

    assertThat(JsonSchemaTest.validate(json)).isEmpty();
    assertThat(JsonSchemaTest.validate(lineWithAmount("12.5"))).isNotEmpty();
    assertThat(programme.finances().lines()).hasSize(3);
    assertThat(programme.risks().get(0).isHighLikelihoodAndImpact()).contains(true);
    assertThat(
            org.reformkit.core.rules.RuleSet.standard()
                .validate(
                    programme,
                    org.reformkit.core.rules.ValidationContext.of(
                        java.time.LocalDate.of(2017, 12, 31), java.util.Locale.ENGLISH))
                .hasErrors())
        .isFalse();
    assertThat(
            ReformJson.reader()
                .forProgramme()
                .read(ReformJson.writer().forProgramme().write(programme)))
        .isEqualTo(programme);
  }
}
