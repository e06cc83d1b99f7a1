package org.reformkit.core.analysis;

import org.reformkit.core.model.LocalizedText;

/** Where an indicator stands against its target, in an {@link IndicatorProgress}. */
public enum IndicatorStatus {
  /** The latest value has reached the target, on the right side of it for the direction. */
  ACHIEVED("achieved", "已实现"),
  /** Not yet reached, but on or above the straight line from baseline to target. */
  ON_TRACK("on track", "按计划"),
  /** Below the line, but at least three quarters of the way the line expects by now. */
  AT_RISK("at risk", "有风险"),
  /** Well below the line, the target date passed without reaching it, or off a value to hold. */
  OFF_TRACK("off track", "偏离"),
  /** A value and a target, but no line can be drawn (no dates, a qualitative value). */
  NOT_ASSESSABLE("not assessable", "无法评估"),
  /** A value but no target. */
  NO_TARGET("no target", "无目标"),
  /** No measurement on or before the day. */
  NO_DATA("no data", "无数据");

  private final String en;
  private final String zh;

  IndicatorStatus(String en, String zh) {
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
