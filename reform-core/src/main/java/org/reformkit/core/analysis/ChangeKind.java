package org.reformkit.core.analysis;

import org.reformkit.core.model.LocalizedText;

/**
 * What kind of change a {@link Change} is. Each kind has a mirror image, the kind the same change
 * is when the two reports are compared the other way round.
 */
public enum ChangeKind {
  /** The element is in the newer report only. */
  ADDED,
  /** The element is in the older report only. */
  REMOVED,
  /** The status moved forward (not started, begun, completed; draft, adopted, in force). */
  STATUS_FORWARD,
  /** The status moved backward, which deserves attention. */
  STATUS_BACKWARD,
  /**
   * The status changed to or from one that is neither forward nor backward (on hold, cancelled).
   */
  STATUS_CHANGED,
  /** A date was set, changed or cleared. */
  DATE_CHANGED,
  /** A count (of posts, of a deliverable, of an engagement) changed. */
  COUNT_CHANGED,
  /** Another value (a measurement, a target, a baseline, a split of posts) changed. */
  VALUE_CHANGED,
  /** The newer report cites a document the older one does not. */
  NEWLY_CITED,
  /** The older report cites a document the newer one does not. */
  NO_LONGER_CITED;

  /**
   * Returns the label in every language of the library (English, Chinese, French, Spanish), from
   * the analyses' resource bundle.
   *
   * @return the label
   */
  public LocalizedText label() {
    return Labels.text("change." + name());
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
