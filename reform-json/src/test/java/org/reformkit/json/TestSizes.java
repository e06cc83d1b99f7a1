package org.reformkit.json;

/**
 * How many examples the properties and the fuzz test try. Under mutation testing (PIT sets the
 * system property {@code reformkit.test.scale} to {@code pit}) each runs once per mutant, so they
 * try a twenty-fifth of their usual number, at least one: a mutant that loops forever is timed
 * out after about the time its covering tests take, so these sizes also bound each timeout.
 */
final class TestSizes {
  static final String PROPERTY = "reformkit.test.scale";

  private TestSizes() {}

  static int examples(int usual) {
    return "pit".equals(System.getProperty(PROPERTY)) ? Math.max(1, usual / 25) : usual;
  }
}
