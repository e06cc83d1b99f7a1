package org.reformkit.sheets;

import org.quicktheories.QuickTheory;

/**
 * How many examples the properties and the fuzz test try, and how a property test starts. Under
 * mutation testing (PIT sets the system property {@code reformkit.test.scale} to {@code pit}) each
 * runs once per mutant, so they try a twenty-fifth of their usual number, at least one: a mutant
 * that loops forever is timed out after about the time its covering tests take, so these sizes also
 * bound each timeout.
 */
final class TestSizes {
  static final String PROPERTY = "reformkit.test.scale";

  private TestSizes() {}

  static int examples(int usual) {
    return underPit() ? Math.max(1, usual / 25) : usual;
  }

  /**
   * A property test. Under mutation testing a failing property is not shrunk: a mutant needs only
   * to be caught, and shrinking a failure took longer than the mutant's time out.
   */
  static QuickTheory qt() {
    QuickTheory theory = QuickTheory.qt();
    return underPit() ? theory.withShrinkCycles(0) : theory;
  }

  private static boolean underPit() {
    return "pit".equals(System.getProperty(PROPERTY));
  }
}
