package org.reformkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reformkit.core.model.CommitmentId;
import org.reformkit.core.model.DatePeriod;
import org.reformkit.core.model.DocumentSymbol;
import org.reformkit.core.model.Grade;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.PostCategory;
import org.reformkit.core.model.Status;
import tools.jackson.databind.json.JsonMapper;

/** The module gives the model's small values their format's form inside a user's own beans. */
class ReformModuleTest {
  private static final JsonMapper MAPPER =
      JsonMapper.builder().addModule(new ReformModule()).build();

  /** A user's own bean. */
  public static final class Row {
    public CommitmentId commitment;
    public LocalizedText title;
    public PartialDate due;
    public DatePeriod period;
    public DocumentSymbol symbol;
    public Grade grade;
    public Status status;
    public PostCategory category;
    public List<Status> history;
  }

  @Test
  void smallValuesAreWrittenAndReadInTheirTextForms() {
    Row row = new Row();
    row.commitment = CommitmentId.of("bpr");
    row.title = LocalizedText.zhEn("业务流程审查", "Business process review");
    row.due = PartialDate.parse("by 2016");
    row.period = DatePeriod.parse("2015-07/");
    row.symbol = DocumentSymbol.parse("GB.326/INS/12(Add.)");
    row.grade = Grade.NO_B;
    row.status = Status.NOT_STARTED;
    row.category = PostCategory.TECHNICAL;
    row.history = List.of(Status.IN_PROGRESS, Status.ON_HOLD);

    String json = MAPPER.writeValueAsString(row);

    assertThat(MAPPER.readValue(json, Map.class))
        .containsEntry("commitment", "bpr")
        .containsEntry("title", Map.of("zh", "业务流程审查", "en", "Business process review"))
        .containsEntry("due", "by 2016")
        .containsEntry("period", "2015-07/")
        .containsEntry("symbol", "GB.326/INS/12(Add.)")
        .containsEntry("grade", "NO-B")
        .containsEntry("status", "not-started")
        .containsEntry("category", "technical")
        .containsEntry("history", List.of("in-progress", "on-hold"));
    Row back = MAPPER.readValue(json, Row.class);
    assertThat(
            List.of(
                back.commitment,
                back.title,
                back.due,
                back.period,
                back.symbol,
                back.grade,
                back.status,
                back.category,
                back.history))
        .isEqualTo(
            List.of(
                row.commitment,
                row.title,
                row.due,
                row.period,
                row.symbol,
                row.grade,
                row.status,
                row.category,
                row.history));
  }

  @Test
  void aBadSmallValueSaysWhereItIsInTheUsersDocument() {
    assertThatThrownBy(
            () -> MAPPER.readValue("{\"history\": [\"in-progress\", \"done\"]}", Row.class))
        .satisfies(
            e -> {
              Throwable cause = e instanceof ReformJsonException ? e : e.getCause();
              assertThat(cause).isInstanceOf(ReformJsonException.class);
              assertThat(((ReformJsonException) cause).pointer()).isEqualTo("/history/1");
              assertThat(((ReformJsonException) cause).problem())
                  .isEqualTo(
                      "'done' is not a status; expected one of not-started, in-progress, completed, on-hold, cancelled");
            });
  }
}
