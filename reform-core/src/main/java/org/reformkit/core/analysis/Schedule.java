package org.reformkit.core.analysis;

import org.reformkit.core.model.LocalizedText;

/**
 * Where a phase stands against its plan on a given day, in a {@link PhaseTimeline}. Every value is
 * claimed only when the partial dates prove it (see {@link Slippage}).
 */
public enum Schedule {
  /** Not started, and no planned date has certainly passed. */
  NOT_DUE("not due", "未到期"),
  /** Not started although the planned start has certainly passed. */
  LATE_START("late start", "开始延迟"),
  /** Under way, started as planned or without a provable delay, and the planned end not passed. */
  ON_TIME("on time", "按时"),
  /** Under way, started certainly later than planned, planned end not yet passed. */
  LATE("late", "延迟"),
  /** Under way with no planned end to judge it by. */
  UNDER_WAY("under way", "进行中"),
  /** Not completed and the planned end has certainly passed. */
  OVERDUE("overdue", "逾期"),
  /** Completed certainly before the planned end. */
  DONE_EARLY("done early", "提前完成"),
  /** Completed, and the dates allow no slippage either way. */
  DONE_ON_TIME("done on time", "按时完成"),
  /** Completed certainly after the planned end. */
  DONE_LATE("done late", "延迟完成"),
  /** Completed, with no planned or actual end precise enough to judge. */
  DONE("done", "已完成"),
  /** Begun, then paused. */
  ON_HOLD("on hold", "暂停"),
  /** Dropped before completion. */
  CANCELLED("cancelled", "已取消");

  private final String en;
  private final String zh;

  Schedule(String en, String zh) {
    this.en = en;
    this.zh = zh;
  }

  /**
   * Returns the label in English and Chinese.
   *
   * @return the label
   */
  public LocalizedText label() {
    return LocalizedText.zhEn(zh, en);
  }
}
