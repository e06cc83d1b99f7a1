package org.reformkit.core.model;

/** The staff category a grade belongs to. */
public enum GradeGroup {
  /** Professional grades P-1 to P-5. */
  PROFESSIONAL,
  /** Director grades D-1 and D-2. */
  DIRECTOR,
  /** General service grades G-1 to G-7. */
  GENERAL_SERVICE,
  /** National officer grades NO-A to NO-D, only in the field. */
  NATIONAL_OFFICER
}
