package org.reformkit.core.model;

import java.util.Locale;

/**
 * A grade of the United Nations common system, as a post may carry one: P-1 to P-5, D-1 and D-2,
 * G-1 to G-7, NO-A to NO-D. Each grade belongs to a {@link GradeGroup}.
 *
 * <pre>{@code
 * Grade.parse("P-4");          // Grade.P_4
 * Grade.P_4.label();           // "P-4"
 * Grade.NO_B.group();          // GradeGroup.NATIONAL_OFFICER
 * }</pre>
 */
public enum Grade {
  /** Professional, grade 1. */
  P_1(GradeGroup.PROFESSIONAL),
  /** Professional, grade 2. */
  P_2(GradeGroup.PROFESSIONAL),
  /** Professional, grade 3. */
  P_3(GradeGroup.PROFESSIONAL),
  /** Professional, grade 4. */
  P_4(GradeGroup.PROFESSIONAL),
  /** Professional, grade 5. */
  P_5(GradeGroup.PROFESSIONAL),
  /** Director, grade 1. */
  D_1(GradeGroup.DIRECTOR),
  /** Director, grade 2. */
  D_2(GradeGroup.DIRECTOR),
  /** General service, grade 1. */
  G_1(GradeGroup.GENERAL_SERVICE),
  /** General service, grade 2. */
  G_2(GradeGroup.GENERAL_SERVICE),
  /** General service, grade 3. */
  G_3(GradeGroup.GENERAL_SERVICE),
  /** General service, grade 4. */
  G_4(GradeGroup.GENERAL_SERVICE),
  /** General service, grade 5. */
  G_5(GradeGroup.GENERAL_SERVICE),
  /** General service, grade 6. */
  G_6(GradeGroup.GENERAL_SERVICE),
  /** General service, grade 7. */
  G_7(GradeGroup.GENERAL_SERVICE),
  /** National officer, grade A. */
  NO_A(GradeGroup.NATIONAL_OFFICER),
  /** National officer, grade B. */
  NO_B(GradeGroup.NATIONAL_OFFICER),
  /** National officer, grade C. */
  NO_C(GradeGroup.NATIONAL_OFFICER),
  /** National officer, grade D. */
  NO_D(GradeGroup.NATIONAL_OFFICER);

  private final GradeGroup group;

  Grade(GradeGroup group) {
    this.group = group;
  }

  /**
   * Returns the staff category of the grade.
   *
   * @return the staff category of the grade
   */
  public GradeGroup group() {
    return group;
  }

  /**
   * Returns the grade as written in papers: {@code P-4}, {@code NO-B}.
   *
   * @return the grade as written in papers
   */
  public String label() {
    return name().replace('_', '-');
  }

  /**
   * Parses a grade as written in papers ({@code P-4}, {@code NO-B}; case and a missing hyphen are
   * forgiven: {@code p4}).
   *
   * @param text the grade
   * @return the grade
   * @throws ValueParseException if the text names no grade
   */
  public static Grade parse(CharSequence text) {
    String input = text.toString();
    String key = input.trim().toUpperCase(Locale.ROOT).replace("-", "").replace("_", "");
    for (Grade grade : values()) {
      if (grade.name().replace("_", "").equals(key)) {
        return grade;
      }
    }
    throw new ValueParseException(
        "'" + input + "' is not a grade; expected one of P-1..P-5, D-1, D-2, G-1..G-7, NO-A..NO-D",
        input,
        0);
  }
}
