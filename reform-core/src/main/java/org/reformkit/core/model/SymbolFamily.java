package org.reformkit.core.model;

/**
 * The family of a {@link DocumentSymbol}: which body's numbering scheme the symbol follows, so that
 * its parts (organ, session, year, item, number, suffixes) can be read from it. A symbol of no
 * known family is {@link #UNRECOGNISED}: it is kept exactly as written, and no part of it is
 * guessed.
 *
 * <p>Comparisons between two symbols (is one of a later session than the other?) are made only
 * within one family and one organ; across families they are not made at all.
 */
public enum SymbolFamily {
  /**
   * The ILO Governing Body: {@code GB.325/INS/15/1}, {@code GB.323/INS/INF/2}, {@code
   * GB.326/INS/12(Add.)}, {@code GB.325/PV}, {@code GB.323/WP/GBC/2}, and the older form without a
   * section, {@code GB.310/9/1}.
   */
  ILO_GOVERNING_BODY,

  /**
   * The United Nations General Assembly, Economic and Social Council and Security Council: {@code
   * A/70/1}, {@code A/RES/70/1}, {@code E/2016/9}, {@code A/70/1/Add.1}.
   */
  UNITED_NATIONS,

  /**
   * The World Health Organization's Executive Board and World Health Assembly: {@code EB138/5},
   * {@code A69/4}, {@code A69/INF./2}, {@code WHA69.1}, {@code EB138.R1}, {@code EB138/5 Add.1}.
   */
  WHO,

  /**
   * The International Fund for Agricultural Development's Executive Board and Governing Council:
   * {@code EB 2018/125/R.2}, {@code GC 41/L.5}, {@code EB 2018/125/R.2/Rev.1}.
   */
  IFAD,

  /**
   * The Food and Agriculture Organization's Conference, Council, Programme and Finance Committees:
   * {@code C 2013/26}, {@code CL 148/3}, {@code C 2013/INF/1}, {@code CL 148/3 Rev.1}, and an
   * executive summary, {@code C 2013/26/ES} (its first suffix is {@code ES}).
   */
  FAO,

  /**
   * The Joint Inspection Unit of the United Nations system: {@code JIU/REP/2006/7} (a report),
   * {@code JIU/ML/2016/22} (a management letter), {@code JIU/NOTE/2014/1} (a note).
   */
  JIU,

  /**
   * The Executive Board of UNDP, UNFPA and UNOPS: {@code DP/2017/39}, {@code DP/FPA/2017/1}, {@code
   * DP/OPS/2017/2}, {@code DP/FPA/OPS/2017/1}.
   */
  UNDP_UNFPA_UNOPS,

  /** A symbol of no known family: accepted and kept verbatim, with no parts. */
  UNRECOGNISED;

  /**
   * Whether symbols of this family are read into their parts; false only for {@link #UNRECOGNISED}.
   *
   * @return whether the family is known
   */
  public boolean isRecognised() {
    return this != UNRECOGNISED;
  }
}
