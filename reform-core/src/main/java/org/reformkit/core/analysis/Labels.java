package org.reformkit.core.analysis;

import java.util.Locale;
import java.util.Optional;
import org.reformkit.core.model.FundingSource;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.Location;
import org.reformkit.core.model.LocationKind;
import org.reformkit.core.model.OrgUnit;
import org.reformkit.core.model.OriginKind;
import org.reformkit.core.model.PolicyStatus;
import org.reformkit.core.model.PostCategory;
import org.reformkit.core.model.PostOrigin;
import org.reformkit.core.model.PostStatus;
import org.reformkit.core.model.Status;

/** English and Chinese labels for the words analyses print. Internal. */
final class Labels {
  static final LocalizedText NOT_STATED = LocalizedText.zhEn("未说明", "not stated");

  /** The widest cell of a table before it wraps, in terminal columns. */
  static final int MAX_CELL = 48;

  /** The widest cell of a table whose cells include element paths, which should not wrap. */
  static final int MAX_PATH_CELL = 60;

  /** The widest cell of a table of a few long texts (the post summary's parts). */
  static final int MAX_TEXT_CELL = 80;

  private Labels() {}

  /** Whether tables for this locale use Chinese labels. */
  static boolean chinese(Locale locale) {
    return "zh".equals(locale.getLanguage());
  }

  /** Picks the English or the Chinese form of a fixed label. */
  static String pick(Locale locale, String en, String zh) {
    return chinese(locale) ? zh : en;
  }

  /** A text with the same form in every language (a date, a number). */
  static LocalizedText plain(String text) {
    return LocalizedText.of("en", text);
  }

  static LocalizedText status(Status status) {
    return switch (status) {
      case NOT_STARTED -> LocalizedText.zhEn("未开始", "not started");
      case IN_PROGRESS -> LocalizedText.zhEn("进行中", "in progress");
      case COMPLETED -> LocalizedText.zhEn("已完成", "completed");
      case ON_HOLD -> LocalizedText.zhEn("暂停", "on hold");
      case CANCELLED -> LocalizedText.zhEn("已取消", "cancelled");
    };
  }

  static LocalizedText postStatus(PostStatus status) {
    return switch (status) {
      case PLANNED -> LocalizedText.zhEn("计划中", "planned");
      case ESTABLISHED -> LocalizedText.zhEn("已设立", "established");
      case FILLED -> LocalizedText.zhEn("已填补", "filled");
      case VACANT -> LocalizedText.zhEn("空缺", "vacant");
      case ABOLISHED -> LocalizedText.zhEn("已撤销", "abolished");
    };
  }

  static LocalizedText policyStatus(PolicyStatus status) {
    return switch (status) {
      case DRAFT -> LocalizedText.zhEn("草案", "draft");
      case ADOPTED -> LocalizedText.zhEn("已通过", "adopted");
      case PARTLY_IN_FORCE -> LocalizedText.zhEn("部分生效", "partly in force");
      case IN_FORCE -> LocalizedText.zhEn("已生效", "in force");
      case WITHDRAWN -> LocalizedText.zhEn("已撤回", "withdrawn");
    };
  }

  static LocalizedText category(PostCategory category) {
    return switch (category) {
      case TECHNICAL -> LocalizedText.zhEn("技术", "technical");
      case MANAGERIAL -> LocalizedText.zhEn("管理", "managerial");
      case ADMINISTRATIVE -> LocalizedText.zhEn("行政", "administrative");
      case SUPPORT -> LocalizedText.zhEn("辅助", "support");
      case OTHER -> LocalizedText.zhEn("其他", "other");
    };
  }

  static LocalizedText originKind(OriginKind kind) {
    return switch (kind) {
      case NEW -> LocalizedText.zhEn("新设", "new");
      case TRANSFERRED -> LocalizedText.zhEn("转入", "transferred");
      case REDEPLOYED -> LocalizedText.zhEn("调配", "redeployed");
      case ABOLISHED -> LocalizedText.zhEn("撤销", "abolished");
      case EXISTING -> LocalizedText.zhEn("现有", "existing");
    };
  }

  static LocalizedText origin(PostOrigin origin) {
    LocalizedText kind = originKind(origin.kind());
    if (origin.from().isEmpty()) {
      return kind;
    }
    LocalizedText from = unitName(origin.from().get());
    return LocalizedText.zhEn(
        "从" + from.in(Locale.CHINESE) + kind.in(Locale.CHINESE),
        kind.in(Locale.ENGLISH) + " from " + from.in(Locale.ENGLISH));
  }

  static LocalizedText location(Location location) {
    LocalizedText kind =
        switch (location.kind()) {
          case HEADQUARTERS -> LocalizedText.zhEn("总部", "headquarters");
          case FIELD -> LocalizedText.zhEn("外地", "field");
          case REGION -> LocalizedText.zhEn("地区", "region");
          case FIELD_OFFICE -> LocalizedText.zhEn("外地办事处", "field office");
        };
    if (location.name().isEmpty() || location.kind() == LocationKind.HEADQUARTERS) {
      return location.name().orElse(kind);
    }
    LocalizedText name = location.name().get();
    return LocalizedText.zhEn(
        kind.in(Locale.CHINESE) + " " + name.in(Locale.CHINESE),
        kind.in(Locale.ENGLISH) + " " + name.in(Locale.ENGLISH));
  }

  static LocalizedText unit(Optional<OrgUnit> unit) {
    return unit.map(Labels::unitName).orElse(NOT_STATED);
  }

  /** A unit by its code where it has one, otherwise by its name. */
  static LocalizedText unitName(OrgUnit unit) {
    return unit.code().map(Labels::plain).orElse(unit.name());
  }

  static LocalizedText funding(Optional<FundingSource> funding) {
    if (funding.isEmpty()) {
      return NOT_STATED;
    }
    return switch (funding.get()) {
      case REGULAR_BUDGET -> LocalizedText.zhEn("经常预算", "regular budget");
      case EXTRABUDGETARY -> LocalizedText.zhEn("预算外", "extrabudgetary");
      case REGULAR_BUDGET_SUPPLEMENTARY_ACCOUNT -> LocalizedText.zhEn("经常预算补充账户", "RBSA");
      case SUPPORT_COSTS -> LocalizedText.zhEn("方案支助收入", "support costs");
      case OTHER -> LocalizedText.zhEn("其他", "other");
    };
  }

  /** The text of an optional value, or an empty cell. */
  static String cell(Optional<?> value) {
    return value.map(String::valueOf).orElse("");
  }
}
