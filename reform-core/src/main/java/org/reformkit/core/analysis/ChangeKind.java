package org.reformkit.core.analysis;

import org.reformkit.core.model.LocalizedText;

/**
 * What kind of change a {@link Change} is. Each kind has a mirror image, the kind the same change
 * is when the two reports are compared the other way round.
 */
public enum ChangeKind {
  /** The element is in the newer report only. */
  ADDED("added", "新增"),
  /** The element is in the older report only. */
  REMOVED("removed", "删除"),
  /** The status moved forward (not started, begun, completed; draft, adopted, in force). */
  STATUS_FORWARD("status forward", "状态前进"),
  /** The status moved backward, which deserves attention. */
  STATUS_BACKWARD("status BACKWARD", "状态倒退"),
  /**
   * The status changed to or from one that is neither forward nor backward (on hold, cancelled).
   */
  STATUS_CHANGED("status changed", "状态变化"),
  /** A date was set, changed or cleared. */
  DATE_CHANGED("date changed", "日期变化"),
  /** A count (of posts, of a deliverable, of an engagement) changed. */
  COUNT_CHANGED("count changed", "数量变化"),
  /** Another value (a measurement, a target, a baseline, a split of posts) changed. */
  VALUE_CHANGED("value changed", "数值变化"),
  /** The newer report cites a document the older one does not. */
  NEWLY_CITED("newly cited", "新引用"),
  /** The older report cites a document the newer one does not. */
  NO_LONGER_CITED("no longer cited", "不再引用");

  private final String en;
  private final String zh;

  ChangeKind(String en, String zh) {
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

  /**
   * Returns the kind of the same change seen from the other report.
   *
   * @return the mirror-image kind
   */
  public ChangeKind mirrored() {
    return switch (this) {
      case ADDED -> REMOVED;
      case REMOVED -> ADDED;
      case STATUS_FORWARD -> STATUS_BACKWARD;
      case STATUS_BACKWARD -> STATUS_FORWARD;
      case NEWLY_CITED -> NO_LONGER_CITED;
      case NO_LONGER_CITED -> NEWLY_CITED;
      case STATUS_CHANGED, DATE_CHANGED, COUNT_CHANGED, VALUE_CHANGED -> this;
    };
  }
}
